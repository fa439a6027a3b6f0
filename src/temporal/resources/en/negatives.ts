/**
 * Look-alikes: words that name a date elsewhere but not here. Each entry is checked against
 * a candidate whose whole text matches `match`; the context patterns are anchored to the
 * candidate's edges (`before` must end where the candidate starts, `after` must start where it ends).
 */
import type { NegativeContext } from '../../rule-types.js';

const pronouns = '(?:I|we|you|he|she|it|they|be|not|have|also|well|the|this|that|there|or|as|a|an|yet|now|still|never|even|only)';

export const englishNegatives: readonly NegativeContext[] = [
  {
    id: 'acronym-tmr',
    why: 'Posts spell tomorrow "tmr" or "tmrw"; in capitals it is an acronym ("TMR"), whatever surrounds it.',
    match: '^TMRW?$',
    after: '^',
    examples: ['TMR said the figures were final.', 'the TMR report'],
  },
  {
    id: 'modal-may',
    why: '"May" as a modal verb starts a question or follows a subject; after a preposition it is the month ("said in May that he would").',
    match: '^MAY$|^May$',
    after: `^[ \\t]+${pronouns}\\b`,
    unlessBefore: '(?<![A-Za-z])(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Tt]hrough|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Dd]uring|[Bb]efore|[Aa]fter)[ \\t\\n-]+$',
    examples: ['May we ask a question?', 'May I help?'],
  },
  {
    id: 'month-name-without-preposition',
    why: '"March" and "May" are also a verb, a noun and a name: without a date word around them they are not months.',
    match: '^(?:March|May|MARCH|MAY)$',
    // A superlative makes a month of the calendar a record ("the wettest March on record", "the worst May since 1990").
    // After another month and a dash or a slash it is the second end of a span of months ("January-March", "Feb./March").
    before: '(?<!\\b(?:(?:January|February|April|June|July|August|September|October|November|December|Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?[-–/]|wettest|driest|hottest|coldest|warmest|coolest|snowiest|rainiest|sunniest|windiest|stormiest|busiest|best|worst|strongest|weakest|slowest|fastest|deadliest|quietest|[Ii]n|into|[Oo]f|[Ss]ince|[Uu]ntil|till|[Bb]y|[Ff]rom|to|[Tt]hrough|[Ee]arly|[Ll]ate|[Mm]id(?:dle)?|[Ll]ast|[Nn]ext|[Tt]his|[Ee]ach|[Ee]very|[Bb]efore|[Aa]fter|[Dd]uring|[Oo]n|[Bb]etween|and|or|that|[Ff]or|[Aa]round|[Aa]bout|[Bb]eginning|[Ee]nd|,)[ \\t\\n-]*)$',
    examples: ['March organizers said the route is set.', 'the March on Washington', 'Theresa May said', 'He may go.', 'May we ask?'],
  },
  {
    id: 'month-before-name',
    why: 'A month that is also a first name, followed by a capitalized word, is a name ("April Smith said"); "in January President Obama said" is the month.',
    match: '^(?:April|May|June|August)$',
    after: '^[ \\t]+(?!(?:and|or|to|through|of|the|in|on|at|for|from|until|was|is|when|with|as|by|after|before|that|this|last|next|it|he|she|they|we|I|a|an|President|Prime|Premier|Chancellor|Congress|Parliament|Mr|Mrs|Ms|Dr|Gen|Gov|Sen|Rep|Judge|King|Queen|Pope)\\b)\\p{Lu}',
    examples: ['April Smith said', 'June Carter sang', 'August Wilson wrote'],
  },
  {
    id: 'name-before-month',
    why: 'A capitalized word just before a month word makes a name ("Carter June", "Rep. April Ryan").',
    match: '^(?:April|May|June|August)$',
    // A sentence-initial preposition is capitalized too: "In April, Germany invaded" is the month.
    before: '(?:Rep\\.|Sen\\.|Ms\\.|Mrs\\.|Mr\\.|Dr\\.|(?<!\\p{L})(?!(?:In|On|By|Since|Until|Till|From|Through|During|Before|After|Last|Next|This|That|Early|Late|Mid|And|Or|Of|The|Each|Every|To|Between|Around|About|For|Throughout|Into|Within|Over|Also|Then|But|So)[ \\t])\\p{Lu}\\p{Ll}+)[ \\t]+$',
    examples: ['Rep. April Ryan asked', 'Minister June Lee'],
  },
  {
    id: 'newspaper-title',
    why: 'Newspapers, places, events and clock zones named after a day or season ("the Summer Olympics": the article belongs to the name; "British Summer Time" is the clock).',
    match: '^(?:[Tt]he[ \\t]+)?(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Spring|Summer|Winter|Autumn|Fall)$',
    // British Sunday papers name the day last: "the Mail on Sunday", "the Independent on Sunday".
    before: '\\b(?:Mail|Independent)[ \\t]+on[ \\t]+$',
    after: '^[ \\t]+(?:Times|Telegraph|Express|Mirror|Post|Herald|Independent|Tribune|Star|Mail|People|Sport|World|Observer|Street|Avenue|Road|Lane|Boulevard|Blvd|Hill|Valley|Lake|River|Creek|Island|School|College|Games|Olympics|Palace|Square|Garden|Gardens|Park|Festival|Magazine|Edition|Night Live|Morning Herald|Time)\\b',
    examples: ['the Sunday Times', 'Spring Street', 'the Winter Olympics', 'He won gold at the Summer Olympics.', 'She wrote for the Mail on Sunday.', 'The clocks go forward for British Summer Time.'],
  },
  {
    id: 'weekday-of-a-rhyme',
    why: '"Tuesday\'s Child", "Monday\'s child is fair of face": the nursery rhyme\'s child (and the titles named after it), not a day.',
    match: '^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$',
    after: "^['’]s[ \\t]+[Cc]hild\\b",
    examples: ["The film Tuesday's Child was released.", "Monday's child is fair of face."],
  },
  {
    id: 'named-day-of-week',
    why: 'Days in proper names: "Good Friday Agreement", "Bloody Sunday", "Black Monday" name events ("Black Friday" and "Cyber Monday" are holidays, read whole by the holiday rule).',
    match: '^(?:Friday|Sunday|Tuesday|Monday)$',
    before: '(?:Good|Bloody|Black|Super|Cyber|Ash|Palm|Holy|Girl|Man|Robinson)[ \\t]+$',
    examples: ['the Good Friday Agreement', 'Bloody Sunday', 'Super Tuesday'],
  },
  {
    id: 'season-as-verb-or-noun',
    why: '"fall" without a determiner is the verb or noun far more often than autumn ("prices fall", "the fall of Rome").',
    match: '^(?:fall|Fall)$',
    before: '(?<!\\b(?:[Ii]n|[Tt]he|[Tt]his(?: past)?|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate|mid|of|[Ss]ince|until|[Bb]y|[Dd]uring|through|each|every|that|before|after)[ \\t\\n-]+)$',
    examples: ['Prices will fall sharply.', 'Fall in line.'],
  },
  {
    id: 'spring-as-verb-or-water',
    why: 'Bare "spring" is the season in news ("spring shows signs of hope", "a spring offensive"), but not as a verb, a source of water or a named movement.',
    match: '^(?:spring|Spring)$',
    before: '(?:\\b(?:hot|mineral|Arab|Prague)[ \\t\\n]+|-)$',
    after: '^(?:[ \\t]+(?:into|up|from|back|water)\\b|[ \\t]+of[ \\t]+(?![0-9]|last\\b|this\\b|next\\b|that\\b|the[ \\t]+(?:same|following|previous)[ \\t]+year\\b)|-)',
    examples: ['a hot spring', 'They spring into action.', 'the Arab Spring', 'a series of Spring of Life demonstrations', 'spring water'],
  },
  {
    id: 'number-of-things',
    why: 'Round numbers like years that count things ("2000 troops", "1,500 troops").',
    match: '^[12][0-9]{3}$',
    after: '^[ \\t]+(?:troops|people|soldiers|civilians|fighters|men|women|children|workers|jobs|shares|votes|cases|deaths|dollars|euros|pounds|tons|tonnes|miles|kilometers|feet|meters|units|cars|homes|houses|employees|members|points|barrels|acres|copies|signatures|refugees|students|police|officers|residents|pages|words|patients|rounds|calories|delegates|seats|yen|marks|francs|rupees|yuan)\\b',
    before: '(?:[$€£#]|No\\.[ ]?|number[ ]|Flight[ ]|Route[ ]|Highway[ ]|Room[ ]|page[ ]|Rule[ ]|Resolution[ ]|flight[ ])$',
    examples: ['2000 troops', '$1990', 'Flight 1549'],
  },
  {
    id: 'year-look-alike-in-a-name',
    why: 'A four-digit number that numbers a statute section or a bill, names a product or plan, or is a house number is not a year ("a Section 1983 lawsuit", "H.R. 2013", "Windows 2000", "its 2020 Vision plan", "1600 Pennsylvania Avenue").',
    match: '^[12][0-9]{3}$',
    // A stock index named by its count of stocks: "the Russell 2000 index", "the Wilshire 5000".
    // A plan or a programme named by its target year is a name too: "Saudi Vision 2030", "the EU's Horizon 2020", "Agenda 2030";
    // so is a tax form or an article numbered like a year ("Form 1099", "Article 1999").
    before: '(?:\\bSection|§|\\bWindows|\\bOffice|\\bH\\.R\\.|\\bRussell?|\\bWilshire|\\bVision|\\bHorizon|\\bAgenda|\\bForm|\\bArticle|\\bTitle)[ \\t]?$',
    // A house number: "1600 Pennsylvania Avenue", "1998 Main St." ("in 2008 Wall Street fell" is the year: unlessBefore).
    after: '^[ \\t]+(?:Vision\\b|(?:\\p{Lu}\\p{Ll}+[ \\t]+){1,2}(?:Avenue|Ave\\.|Street|St\\.|Road|Rd\\.|Boulevard|Blvd\\.|Drive|Lane)(?![\\p{L}]))',
    unlessBefore: '\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Oo]f|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough)[ \\t]+$',
    examples: ['He filed a Section 1983 lawsuit.', 'Windows 2000 is no longer supported.', 'The kingdom unveiled Vision 2030 on Monday.', 'The EU funds research under Horizon 2020.', 'He filed a Form 1099 with the IRS.', 'The Russell 2000 index of smaller companies fell.', 'The group launched its 2020 Vision plan.', 'He lives at 1600 Pennsylvania Avenue.', 'The bill, H.R. 2013, passed.'],
  },
  {
    id: 'model-year-of-a-car',
    why: 'A year before a car maker\'s name is the model\'s name ("a 1987 Chevrolet Cavalier": TimeBank leaves it untagged, 1 of 1); "the 2008 model year" is still a year.',
    match: '^[12][0-9]{3}$',
    after: '^[ \\t]+(?:Chevrolet|Chevy|Ford|Toyota|Honda|Nissan|Dodge|Chrysler|Buick|Cadillac|Pontiac|Jeep|BMW|Mercedes(?:-Benz)?|Volkswagen|VW|Audi|Volvo|Hyundai|Kia|Mazda|Subaru|Lexus|Porsche|Ferrari|Jaguar|Lincoln|Mercury|Oldsmobile|Plymouth|Saturn|GMC|Tesla)\\b',
    // "In 1998 Ford cut jobs": after a preposition the year is the time of the clause.
    unlessBefore: '\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Dd]uring|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hrough)[ \\t]+$',
    examples: ['Police found a 2013 Honda Accord.', "Kopp's 1987 Chevrolet Cavalier was found."],
  },
  {
    id: 'age',
    why: 'Ages ("a 6-year-old boy", "52 years old") are not time spans of the story.',
    match: '(?:year|month|week|day)s?$',
    after: '^[ -](?:old|olds)\\b',
    examples: ['a 6-year-old boy', 'He is 52 years old.', 'This story is over 5 years old.'],
  },
  {
    id: 'age-in-decades',
    why: '"in his 30s", "their early 20s": an age, not a decade.',
    match: '(?:^|[ -])[1-9]0s$',
    before: '\\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)[ \\t]+(?:(?:early|mid|late)[ \\t-]*)?$',
    examples: ['Kopp was in his 30s.', 'women in their early 20s'],
  },
  {
    id: 'month-abbreviation-alone',
    why: 'A month abbreviation without its period and without a day is a name ("Jan Smith") or a word.',
    match: '^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|SEPT|OCT|NOV|DEC)$',
    after: '^',
    examples: ['Jan Egeland said'],
  },
  {
    id: 'as-soon-as',
    why: '"as soon as Tuesday", "as soon as he arrives": a conjunction, not a reference to the future (TimeBank leaves it untagged).',
    match: '^soon$',
    before: '\\bas[ \\t]+$',
    after: '^[ \\t]+as[ \\t]+(?!possible\\b|practicable\\b|feasible\\b)',
    examples: ['They could leave as soon as Tuesday.', 'as soon as Gonzalez arrives'],
  },
  {
    id: 'soon-in-a-past-narrative',
    why: '"soon after the attack", "was soon released", "soon became a flood" tell the order of past events; they do not point to the future.',
    match: '^[Ss]oon$',
    after: '^[ \\t]+(?:after|afterwards?|thereafter|became|began|turned|found|fell|grew|took|came|went|[a-z]+ed)\\b',
    examples: ['The trickle of cash soon became a flood.', 'He was killed soon after being captured.', 'He was soon released.'],
  },
  {
    id: 'soon-after-past-auxiliary',
    why: '"He was soon released": a past narrative step.',
    match: '^soon$',
    before: '\\b(?:was|were|had)[ \\t]+$',
    examples: ['The city was soon besieged.'],
  },
  {
    id: 'rate-per-unit',
    why: 'After an amount, "a year", "a week", "a night" make a rate ("$500 million a year", "24 hours a day"), not a span of the story.',
    match: '^(?:(?:a|an|per)[ \\t]+(?:day|night|week|month|year|quarter|hour)|annually)$',
    before: '(?:[0-9%]|\\b(?:million|billion|trillion|thousand|hundred|dozen|cents|dollars|percent|seats|flights|hours|times|shares|barrels|tons|points|visitors|people|units|copies))[ \\t]+$',
    examples: ['It will save $500 million a year.', 'about 700 seats a week', 'guards 24 hours a day', 'Sales should rise 8.5% annually.'],
  },
  {
    id: 'second-as-ordinal',
    why: '"a second group", "a second betrayal": the ordinal, not the unit of time.',
    match: '^(?:[Aa]|[Aa]n)[ \\t]+[Ss]econd$',
    after: '^(?![ \\t]+(?:later|earlier|ago|or|and|before|after)\\b)(?:[ \\t]+[A-Za-z]|,)',
    examples: ['A second group of directors', 'it will be a second betrayal', 'Necker convened a Second Assembly'],
  },
  {
    id: 'generic-today',
    why: '"today\'s youth", "today\'s world": the present age in general, not the day of the story.',
    match: '^[Tt]oday$',
    after: "^['’]s[ \\t]+(?:youth|world|society|children|young|generation|standards|economy|personal|market|families|students|technology|politics|climate|culture|kids|teenagers|workers|women|men)\\b",
    examples: ["The case is for today's youth what the blockade was for us.", "in today's world"],
  },
  {
    id: 'fall-of-a-place',
    why: '"the fall of Port Arthur", "the fall of the regime": a defeat, not autumn ("the fall of 1990" stays a season).',
    match: '^(?:[Tt]he[ \\t]+)?(?:[Ff]inal[ \\t]+)?[Ff]all$',
    after: '^[ \\t]+of[ \\t]+(?![0-9]|last\\b|this\\b|next\\b|that\\b|the[ \\t]+(?:same|following|previous)[ \\t]+year\\b)',
    examples: ['With the fall of Port Arthur, the army moved north.', 'after the fall of the Hussein regime'],
  },
  {
    id: 'fraction-of-a-whole',
    why: '"three quarters of the troops", "a quarter of the market", "in some quarters": shares and places, not periods.',
    // Capitalized too: a share opens a sentence as often as not ("Three quarters of voters", "A quarter of Americans").
    match: '(?:^|[ \\t])(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ss]ome|[Ss]everal)[ \\t]+quarters?$',
    // "several quarters of losses" is a span of reported periods, not a share.
    after: '^,?[ \\t]+(?:of|in|that)\\b(?![ \\t]+(?:[a-z]+[ \\t]+)?(?:losses|profits?|growth|earnings)\\b)',
    examples: ['The diversion of three quarters of the Axis troops', 'it was argued in some quarters that he lied', 'accounting for more than a quarter of the market', 'It will cut 789, or about a quarter, of its dealers.', 'Three quarters of voters backed the plan.', 'A quarter of Americans own a gun.'],
  },
  {
    id: 'programme-named-by-a-span',
    why: 'CBS\'s "60 Minutes" and "48 Hours" are programmes: with their capitals, after the network or after "on"/"told", no span ("told CBS\'s 60 Minutes").',
    match: '^(?:60[ \\t]+Minutes|48[ \\t]+Hours)$',
    before: '(?:\\bCBS(?:[ \\t]+News)?[\'’]s?[ \\t]+|\\b(?:on|told)[ \\t]+)["“\'‘]*$',
    examples: ["He told CBS's 60 Minutes that he had no regrets.", 'She said on 48 Hours that she was innocent.'],
  },
  {
    id: 'cricket-format',
    why: '"a one-day international", "the one-day series": a format of cricket, not a span ("a one-day trip" is one).',
    match: '^[Oo]ne-day$',
    after: '^[ \\t]+(?:internationals?|series|cricket|format|side|squad|captain|cup|Cup|game[ \\t]+(?:of|in)[ \\t]+cricket)\\b',
    examples: ['England won the one-day international by five wickets.', 'He was named captain of the one-day side.'],
  },
  {
    id: 'round-the-clock',
    why: '"the 24-hour news cycle", "24-hour surveillance": round the clock, a way of working, not a span of the story ("a 24-hour strike" is one).',
    match: '^(?:24|twenty-four)-hour$',
    after: '^[ \\t]+(?:(?:armed|police|security|medical|nursing)[ \\t]+)?(?:news|surveillance|watch|protection|security|guard|guards|service|services|coverage|access|hotline|helpline|care|shop|shops|store|stores|supermarkets?|pharmacy|pharmacies|channel|channels|gym|gyms|diner|restaurant)\\b',
    examples: ['The 24-hour news cycle rewards speed.', 'The city has 24-hour surveillance.', 'The judge was given 24-hour police protection.'],
  },
  {
    id: 'unit-abbreviation-in-capitals',
    why: '"two HR managers", "10 MIN": in capitals these are initialisms, not hours and minutes.',
    match: '(?:HRS?|MINS?)$',
    after: '^',
    examples: ['two HR managers said', 'Ten MIN shares'],
  },
  {
    id: 'broadcast-title',
    why: 'Programme titles: ABC\'s "This Week", "This Morning", "Today" on air are names, not dates.',
    match: '^(?:This[ \\t]+(?:Week|Morning)|Today)$',
    before: '(?:ABC|NBC|CBS|BBC|VOA|ITV|News)(?:-TV)?(?:[\'’]s?)?[ \\t]+["“`]?$',
    examples: ['James Baker, speaking on ABC News\' "This Week," said', 'This is VOA Today.'],
  },
  {
    id: 'broadcast-title-with-day',
    why: 'A programme titled with a weekday ("Fox News Sunday") is a name; wire copy writes "told Fox News on Sunday" for the day.',
    match: '^Sunday$',
    before: 'Fox[ \\t]+News[ \\t]+["“]?$',
    examples: ['He told Fox News Sunday that taxes must rise.', 'He said on "Fox News Sunday" that taxes must rise.'],
  },
  {
    id: 'date-naming-a-movement',
    why: 'A date that names a movement or an alliance ("the March 15 movement", "the April 6 Youth Movement", "the March 14 alliance") is part of a proper name.',
    match: '^(?:[0-9]{1,2}[ \\t]+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:[ \\t]+[0-9]{1,2})?$',
    after: '^[ \\t]+(?:[Yy]outh[ \\t]+)?(?:[Mm]ovement|[Aa]lliance|[Cc]oalition)\\b(?![ \\t]+of\\b)',
    examples: ['Members of the March 15 movement met in Damascus.', 'the April 6 Youth Movement', 'the March 14 alliance'],
  },
  {
    id: 'end-as-a-verb',
    why: '"end" is a modifier of a date only joined by a hyphen ("end-February", "by end-2013"); with a space it is the verb or the noun ("The talks end March 3", "end Friday"), and the date after it is read alone.',
    // Not "end of the month": "of" makes it the noun's modifier ("by end of the month", tweets).
    match: '^[Ee]nd[ \\t]+(?!of\\b)',
    after: '^',
    examples: ['The talks end March 3.', 'The strikes will end Friday.', 'Hostilities end next week.', 'The outlets close by end of the month.'],
  },
  {
    id: 'election-day-in-lower-case',
    why: '"Election Day" in capitals is the US one (the Tuesday after the first Monday of November); "election day" in lower case is the day of whatever election the story is about, which the holiday table cannot date.',
    match: '^(?:(?:last|next|this)[ \\t]+)?election[ \\t]+day$',
    after: '^',
    examples: ['Madero was jailed on election day in Mexico.', 'Polls close at 8 p.m. on election day.'],
  },
  {
    id: 'web-news-day-in-lower-case',
    why: 'The named days whose words are common words ("Burns Night", "Earth Day", "Giving Tuesday") are days only in capitals: "he burns night after night" (British style writes "bonfire night" in lower case, so it stays a day).',
    match: '^(?:(?:last|next|this)[ \\t]+)?(?:burns[ \\t]+night|earth[ \\t]+day|giving[ \\t]+tuesday|small[ \\t]+business[ \\t]+saturday|canada[ \\t]+day|australia[ \\t]+day|remembrance[ \\t]+day)$',
    after: '^',
    examples: ['He burns night after night.', 'On earth day after day passes slowly.'],
  },
  {
    id: 'to-the-day',
    why: '"a year to the day after the bombing": "to the day" says the span is exact, it names no day of its own (the span, "a year", is the expression).',
    match: '^the[ \\t]+day$',
    before: '\\b(?:years?|months?|weeks?|decades?|centuries|century)[ \\t]+to[ \\t]+$',
    examples: ['The attack came a year to the day after the bombing.', 'He died ten years to the day since his wife.'],
  },
  {
    id: 'programme-title-after-the',
    why: 'After "the" or before "show", a capitalized "Today" is a title ("the Today show", "NBC\'s \'\'Today\'\' show", BBC Radio\'s "the Today programme"): the day of the story is never "the today".',
    match: '^Today$',
    before: '\\b[Tt]he[ \\t]+(?:["“‘]|\'\')?$',
    after: '^(?:["”’]|\'\')?[ \\t]+(?:show|program|programme)\\b',
    examples: ['She appeared on the Today show.', 'He told the Today programme that talks had failed.', "She told the ''Today'' show that she was fine.", "She told NBC's ''Today'' show that she was fine."],
  },
  {
    id: 'title-with-part-of-day',
    why: 'A capitalized part of the day before a title noun names a newspaper, a programme or a band ("the Morning Star", "Midnight Oil", "the Evening Standard").',
    match: '^(?:[Tt]he[ \\t]+)?(?:Morning|Afternoon|Evening|Night|Midnight)$',
    after: '^[ \\t]+(?:Star|Oil|Post|Herald|News|Standard|Edition|Express|Call|Show|Joe|Telegraph|Chronicle|Journal|Mail|Tribune|Record|Advertiser|Sun|Bulletin|Courier|Report|Live)\\b',
    examples: ['He wrote for the Morning Star.', 'Midnight Oil played in Sydney.', 'She told the Evening Standard that she would run.'],
  },
  {
    id: 'programme-title-with-weekday-night',
    why: 'A weekday with a capitalized "Night" before a show word names a programme or a franchise ("Monday Night Football", "Saturday Night Live", "Friday Night Lights"), not a night of the story.',
    // The capitalized "Night" alone too: it is what is left when the weekday is vetoed.
    match: '^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)[ \\t]+)?Night$',
    after: '^[ \\t]+(?:Football|Baseball|Lights|Live|Fever|Raw|SmackDown|Smackdown|Fights?|Countdown|Music)\\b',
    examples: ['ESPN airs Monday Night Football.', 'He spoke on Saturday Night Live.', 'He starred in Friday Night Lights.'],
  },
  {
    id: 'periodical-title',
    why: 'A capitalized "Daily", "Weekly" or "Monthly" in a masthead or a programme title ("the Daily Mail", "the Daily Show", "Entertainment Weekly", "The Atlantic Monthly") names a publication, not a recurrence. (Tweets\' gold does tag "Daily" in promotions such as "Daily Dozen", so only mastheads are listed.)',
    match: '^(?:Daily|Weekly|Monthly)$',
    before: '\\b(?:Entertainment|Publishers|Business|Atlantic|Mining|Aviation|Computer|Investors?[\'’]?|Oil)[ \\t]+$',
    after: '^[ \\t]+(?:News|Mail|Telegraph|Show|Beast|Star|Express|Record|Caller|Herald|Mirror|Monitor|Planet|Kos|Yomiuri|Nation|Standard|Post|Journal|Times|Reporter|Sabah|Tribune|Bruin|Princetonian)\\b',
    examples: ['She told the Daily Mail that she was happy.', 'The Daily Show mocked the senator.', 'He wrote in Entertainment Weekly that the film flopped.', 'the New York Daily News reported'],
  },
  {
    id: 'article-of-the-noun-after-a-decade',
    why: 'A decade before its noun ("the 1950s film", "The 1960s-era building") modifies the noun, and the article is the noun\'s: the expression is "1950s", as it is "2011" in "the 2011 ruling". Vetoing the longer match leaves the decade alone to be read.',
    match: '^[Tt]he[ \\t]+(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[ \\t-]*)?(?:1[0-9]|20)?[0-9]0s$',
    after: '^(?:-[a-z]|[ \\t]+(?:film|films|movie|movies|song|songs|album|albums|show|shows|series|sitcom|style|era|building|house|car|look|fashion|music|rock|classic|classics|hit|hits|boom|bubble|recession|crisis|policy|policies|law|laws|version|original|heyday|generation|counterculture|novel|TV|television|cartoon|remake)\\b)',
    examples: ['The remake of the 1950s film opens Friday.', 'The 1960s-era building was demolished.'],
  },
  {
    id: 'race-named-by-its-hours',
    why: 'A race named by its length in capitalized hours, before "of" and a place ("the 24 Hours of Le Mans", "the 12 Hours of Sebring"), is a name, not a span of the story.',
    match: '^(?:[Tt]he[ \\t]+)?[0-9]{1,2}[ \\t]+Hours$',
    after: '^[ \\t]+of[ \\t]+\\p{Lu}',
    examples: ['He won the 24 Hours of Le Mans.', 'She drove in the 12 Hours of Sebring.'],
  },
  {
    id: 'temperature-in-the-nineties',
    why: 'After a word for temperature, "the 90s", "the upper 80s" are degrees, not decades ("Highs will be in the 90s"); "lows not seen since the 80s" is still the decade.',
    match: '^(?:[Tt]he[ \\t]+)?(?:(?:[Mm]id|[Ee]arly|[Ll]ate)[ \\t-]*)?[1-9]0s$',
    before: '(?:\\b(?:[Tt]emperatures?|[Tt]emps|[Hh]ighs|[Ll]ows|[Aa][ \\t]+(?:high|low)|[Tt]hermometers?|[Mm]ercury|[Hh]eat[ \\t]+index|[Ww]ind[ \\t]+chills?)\\b(?:(?!\\bsince\\b)[^.;!?])*|\\b(?:upper|lower)[ \\t]+)$',
    after: '^[ \\t]+(?:degrees|Fahrenheit|Celsius)\\b',
    examples: ['Temperatures reached the 90s on Tuesday.', 'Highs will be in the upper 90s.', 'Lows dipped into the 20s overnight.', 'It was in the 80s Fahrenheit.'],
  },
  {
    id: 'half-of-a-game',
    why: 'In sport, "the first half" and "the second half" are halves of a game, not of the year: a goal, a score or a whistle around them says so ("He scored in the second half", "The first half ended 1-1", "a second-half goal"); so is "the first half of" anything but a year ("the first half of the match", "of the Soviet contingent").',
    // Whatever modifier comes first ("late in the second half", "the end of the first half").
    match: '^(?:.*[ \\t])?(?:[Ff]irst|[Ss]econd)[ \\t-]+half$',
    before: '\\b(?:scored|scores|scoring|goals?|netted|equali[sz]ed|equali[sz]er|header|penalty|penalties|touchdowns?|led|trailed|leading|trailing|conceded|substitute|subbed|sent off|red card|yellow card|kick|free kick|tries|try|points)\\b[^.;!?]{0,24}$',
    after: '^(?:[ \\t]+(?:ended|finished|was goalless|goal|goals|penalty|strike|header|touchdown|substitute|equali[sz]er|red card|stoppage|injury time|brace|hat-trick|winner|opener|comeback|rally)\\b|[ \\t]+of[ \\t]+(?!(?:fiscal|this|next|last|that|the[ \\t]+(?:year|fiscal|decade|century|month|quarter|twentieth|nineteenth|[0-9]))\\b|[0-9]|\\p{Lu}\\p{Ll}+[ \\t]+[0-9]))',
    examples: ['The first half ended 1-1.', 'He scored in the second half.', 'Rooney hit a second-half goal.', 'The first half of the Soviet contingent was withdrawn.', 'The team led 2-0 at the end of the first half.'],
  },
  {
    id: 'quarter-of-a-game',
    why: 'American football and basketball are played in quarters: "the fourth quarter of the game", "with 2:10 left in the third quarter", "a fourth-quarter touchdown" are periods of play, not of the year. Only words of the game say so: "points", "led", "left", "scored" and "goal" alone are as common in earnings and market copy ("the Dow gained 300 points in the fourth quarter", "left the company in the third quarter", "scored record sales"), so they are cues only in a game\'s phrases ("scored 12 points", "led by 10 points in", "2:10 left in").',
    match: '^(?:.*[ \\t])?(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal)[ \\t-]+quarter$',
    before: '(?:\\bscor(?:ed|es|ing)[ \\t]+(?:twice|[0-9]+[ \\t]+points)\\b[^.;!?]{0,12}|\\b(?:touchdowns?|TDs?|field[ \\t]+goals?|three-pointers?|free[ \\t]+throws?|interceptions?|intercepted|fumbled?|sacked|dunks?|layups?|quarterback)\\b[^.;!?]{0,24}|\\b(?:led|trailed|leading|trailing)[ \\t]+by[ \\t]+[0-9]+(?:[ \\t]+points?)?[ \\t]+(?:early[ \\t]+|late[ \\t]+)?in[ \\t]+|\\b[0-9]{1,2}:[0-5][0-9][ \\t]+(?:left|remaining|to[ \\t]+play|to[ \\t]+go)[ \\t]+in[ \\t]+|\\b(?:led|trailed|leading|trailing|tied)[ \\t]+[0-9]{1,3}-[0-9]{1,3}(?![0-9%])[^.;!?]{0,24})(?:[Tt]he[ \\t]+)?$',
    after: '^(?:[ \\t]+of[ \\t]+(?:the|a|an|their|his|her|its|this|that|Sunday[\'’]s|Monday[\'’]s|Thursday[\'’]s|Saturday[\'’]s)(?:[ \\t]+[A-Za-z-]+)?[ \\t]+(?:game|match|contest|opener|final|playoff|Super[ \\t]+Bowl)\\b|[ \\t]+(?:touchdowns?|TDs?|field[ \\t]+goals?|three-pointers?|free[ \\t]+throws?|interceptions?|fumbles?|sacks?|dunks?|layups?|comeback)\\b)',
    examples: ['He scored twice in the fourth quarter of the game.', 'With 2:10 left in the third quarter, Boston led.', 'A fourth-quarter touchdown sealed the win.', 'The Lakers trailed by 10 points in the fourth quarter.', 'He threw three touchdowns in the second quarter.', 'He scored 12 points in the third quarter.', 'The Jets led 14-7 at the end of the first quarter.'],
  },
  {
    id: 'game-clock',
    why: 'A game clock: "with 2:10 left", "with 0:45 remaining" count down a period of play, no time of day.',
    match: '^[0-9]{1,2}:[0-5][0-9]$',
    before: '\\b[Ww]ith[ \\t]+(?:just[ \\t]+|only[ \\t]+)?$',
    after: '^[ \\t]+(?:left|remaining|to[ \\t]+play)\\b',
    examples: ['With 2:10 left in the third quarter, Boston led.', 'He scored with 0:45 remaining.'],
  },
  {
    id: 'number-with-unit-symbol',
    why: 'Percentages, ratios and scores are not times.',
    // A year before "-17" starts a range ("1915-17"), and a day before "-14 July" too.
    // A bare number only: a clock time before a dash opens a range of hours ("9am-5pm"), no score.
    match: '^(?![12][0-9]{3}$)[0-9]+(?![0-9])(?:$|(?![ ]?[AaPp]\\.?[Mm](?![A-Za-z])))',
    after: '^(?:%|[ ]?percent|[ ]?per cent|-[0-9]{1,2}(?![0-9])(?![ \\t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))',
    examples: ['1990%', 'They won 21-17.', 'It rose 12%.'],
  },
];
