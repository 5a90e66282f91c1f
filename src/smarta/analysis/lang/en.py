"""English: words, patterns and texts for the analyzer. Data only; see ``__init__.py``."""

CODE = "en"
NAME = "English"

# Language detection: frequent function words, and letters the language does not use.
DETECT_WORDS = {
    "i", "will", "to", "the", "and", "by", "my", "of", "a", "an", "in", "with", "for", "be",
    "get", "our", "we", "at", "on", "before", "within", "next", "more", "want", "should",
}  # fmt: skip
DETECT_LETTERS = ""
IN_DURATION = "deadline"  # "in three months": by then
NUMERIC_DATE_ORDER = "mdy"  # 3/4/2027 is 4 March; a first part above 12 flips it (30/6)
# Abbreviations written with dots: the lexer reads their dots as spaces.
ABBREVIATIONS = ("approx.", "e.g.", "i.e.", "wk.", "est.", "mo.", "yr.", "q.")

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    # "without a single incident": a count of none, as measurable as "zero incidents"
    "without a single": 0, "not a single": 0, "without one single": 0,
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100,
    "thousand": 1000, "a thousand": 1000, "a dozen": 12, "dozen": 12, "twice": 2,
    "thrice": 3, "once": 1, "a couple of": 2, "couple of": 2, "a pair of": 2,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
    "twentieth": 20, "thirtieth": 30, "thirty first": 31, "twenty first": 21,
    "last": -1, "final": -1,
}  # fmt: skip
UNITS = {
    "day": "day", "days": "day", "business day": "business_day",
    "business days": "business_day", "working day": "business_day",
    "working days": "business_day", "workday": "business_day", "workdays": "business_day",
    "week": "week", "weeks": "week", "wk": "week", "wks": "week", "fortnight": "fortnight",
    "fortnights": "fortnight", "month": "month", "months": "month", "mo": "month",
    "quarter": "quarter", "quarters": "quarter", "qtr": "quarter", "qtrs": "quarter",
    "half year": "half_year", "six month period": "half_year",
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "hour": "hour",
    "hours": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "minute": "minute",
    "minutes": "minute", "min": "minute", "mins": "minute",
}  # fmt: skip
HOLIDAYS = {
    "easter": "easter_sunday", "easter sunday": "easter_sunday",
    "good friday": "good_friday", "midsummer": "midsummer_eve",
    "midsummer eve": "midsummer_eve", "christmas": "christmas_day", "xmas": "christmas_day",
    "christmas day": "christmas_day", "christmas eve": "christmas_eve",
    "new year's eve": "new_years_eve", "new years eve": "new_years_eve",
    "new year": "new_years_eve", "new year's": "new_years_eve",
    "new year's day": "new_years_day", "new years day": "new_years_day",
    "valentine's day": "valentines_day", "valentines day": "valentines_day",
    "valentine day": "valentines_day", "halloween": "halloween",
    "the ides of march": "ides_of_march", "ides of march": "ides_of_march",
    "black friday": "black_friday", "independence day": "independence_day_us",
    "the fourth of july": "independence_day_us", "fourth of july": "independence_day_us",
    "easter monday": "easter_monday",
    "ascension day": "ascension_day", "pentecost": "pentecost", "whitsun": "pentecost",
    "whit sunday": "pentecost", "midsummer day": "midsummer_day",
    "midsummer's day": "midsummer_day", "boxing day": "boxing_day",
    "thanksgiving": "thanksgiving_us", "thanksgiving day": "thanksgiving_us",
    "memorial day": "memorial_day_us", "labor day": "labor_day_us",
    "labour day": "labor_day_us",
    "advent": "advent_sunday", "advent sunday": "advent_sunday",
    "the first sunday of advent": "advent_sunday", "first sunday of advent": "advent_sunday",
    "st patrick's day": "st_patricks_day", "saint patrick's day": "st_patricks_day",
    "st patricks day": "st_patricks_day", "august bank holiday": "summer_bank_holiday_uk",
    "the august bank holiday": "summer_bank_holiday_uk",
    "summer bank holiday": "summer_bank_holiday_uk",
    "late summer bank holiday": "summer_bank_holiday_uk",
}  # fmt: skip
SEASONS = {
    "spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
    "winter": "winter",
    # the possessive names the same season: "at next summer's craft fair"
    "spring's": "spring", "summer's": "summer", "autumn's": "autumn", "fall's": "autumn",
    "winter's": "winter",
    # a season named by what happens in it
    "summer holidays": "summer", "summer holiday": "summer", "summer break": "summer",
    "summer vacation": "summer",
    # the break from Christmas Eve to Epiphany: "over the holidays"
    "holidays": "christmas", "christmas holidays": "christmas", "christmas break": "christmas",
    "xmas break": "christmas", "holiday season": "christmas",
}  # fmt: skip
# school terms and semesters: spring (January to May), fall (mid-August to before Christmas)
TERMS = {
    "spring semester": "spring", "spring term": "spring", "fall semester": "autumn",
    "fall term": "autumn", "autumn term": "autumn", "autumn semester": "autumn",
    "semester": None, "term": None,
    "academic year": "school_year", "school year": "school_year",
}  # fmt: skip
DAYREFS = {"today": 0, "tonight": 0, "eod": 0, "tomorrow": 1, "the day after tomorrow": 2}
# Words that multiply a quantity: a measurable change in themselves.
MULTIPLIERS = {
    "halve": 0.5, "halving": 0.5, "halved": 0.5, "double": 2, "doubling": 2, "doubled": 2,
    "triple": 3, "tripling": 3, "tripled": 3, "quadruple": 4, "by half": 0.5, "in half": 0.5,
    "by a third": 0.67, "by one third": 0.67, "by a quarter": 0.75, "by a fifth": 0.8,
    "by a tenth": 0.9,
}  # fmt: skip
# Cadence adverbs: how often, never until when.
CADENCES = {
    "daily": "day", "weekly": "week", "biweekly": "week", "fortnightly": "fortnight",
    "monthly": "month", "quarterly": "quarter", "yearly": "year", "annually": "year",
    "every day": "day", "each day": "day", "per day": "day",
    "every week": "week", "each week": "week", "per week": "week",
    "every month": "month", "each month": "month", "per month": "month",
    "every quarter": "quarter", "each quarter": "quarter", "per quarter": "quarter",
    "every year": "year", "each year": "year", "per year": "year", "per semester": "year",
    "a semester": "year", "every semester": "year",
    "per term": "year", "a term": "year", "every term": "year", "each term": "year",
    "the same day": "day", "same day": "day", "everyday": "day", "every night": "day",
    "each night": "day", "nightly": "day",
    "every morning": "day", "each morning": "day", "every evening": "day",
    "each evening": "day", "every weekday": "day", "every working day": "day",
    "every weekend": "week", "each weekend": "week", "every other day": "day",
}  # fmt: skip

CONCEPTS = {
    # deadline markers
    "by": ["by", "until", "till", "no later than", "not later than", "latest by", "up to",
           "due", "due by", "at the latest", "untill", "til", "between now and", "from now until",
           "from now till"],
    "before": ["before", "prior to", "ahead of", "in time for", "befor"],
    "in": ["in", "at", "around", "sometime in"],
    # "spend Q1 getting to grips with …": through the period
    "during": ["during", "throughout", "over the course of", "spend", "spending"],
    "on": ["on"],
    "within": ["within"],
    "for": ["for"],
    "from": ["from", "starting", "starting from", "starting in", "starting on", "as of",
             "beginning in", "beginning on", "since", "starts", "begins"],
    # "through January": to its end; in a range, like "to"
    "through": ["through", "thru"],
    "to": ["to"
    ],
    "of": ["of", "out of"],
    "the": ["the"],
    "a": ["a", "an"],
    "this": ["this", "current", "the current", "this coming", "the coming"],
    "next": ["next", "the next", "coming", "upcoming", "following", "the following"],
    "after": ["after"],
    "hence": ["hence", "from now", "from today", "later"],
    "ago": ["ago"],
    "past": ["last year", "last month", "last quarter", "last week", "previous year",
             "the previous year", "the year before", "last semester"],
    "end": ["end of", "the end of", "end", "close of", "the close of", "late", "eo",
        "closes", "ends", "is over", "is out", "the rest of", "rest of",
    ],
    "early": ["early"],
    # between two months: both ("in January and February"), or a span ("between April and
    # October")
    "and": ["and"],
    "between": ["between", "sometime between"],
    # "by the start of Q2": the day before it begins; "at the start of Q2": early in it
    "start": ["beginning of", "the beginning of", "start of", "the start of"],
    "mid": ["mid", "middle of", "the middle of"],
    "half": ["half", "the half"],
    # measures
    "every": ["every", "each", "every other", "once every"],
    "per": ["per"],
    "at_least": ["at least", "minimum", "a minimum of", "no less than", "no fewer than",
                 "more than", "upwards of", "or more"],
    # a threshold only before a number ("over 50"); else a preposition ("talk it over")
    "over": ["over", "above"],
    "at_most": ["at most", "maximum", "a maximum of", "no more than", "under", "below",
                "less than", "fewer than", "within budget of", "or less"],
    "percent": ["percent", "per cent", "percentage points", "pp"],
    "currency": ["usd", "eur", "sek", "gbp", "dollars", "euros", "pounds", "k"],
    # what decides Specific and Measurable
    "outcome": [
        "certifi*", "pass", "passed", "passing", "exam*", "test", "complete", "completed",
        "completing", "finish", "finished", "finishing", "launch*", "publish*", "release*",
        "ship", "shipped", "deliver*", "submit*", "present", "presented", "presenting",
        "presentation", "hold", "held", "host", "hosted", "organi*", "run", "ran",
        "marathon", "build", "built", "write", "written", "draft", "migrat*", "implement*",
        "introduce", "introduced", "roll out", "rolled out", "deploy*", "automat*", "hire",
        "hired", "recruit*", "promot*", "documented", "course", "degree",
        "diploma", "thesis", "dissertation", "bachelor*", "master's", "masters", "mba",
        "phd", "license", "licence", "apply", "applied", "application", "applications",
        "interview", "interviews", "approved", "approval", "win", "won",
        "close", "closed", "sign", "signed", "speak", "attend", "join", "enrol*", "enroll*",
        "graduate", "graduated", "earn", "obtain", "achieve", "reach", "set up", "start",
        "found", "create", "design", "prototype", "conference", "workshop", "seminar",
        "webinar", "talk", "training", "bootcamp", "replace", "upgrade", "convert", "translate",
        "save",
        "visit", "call", "lead", "led", "take over", "transfer", "land",
        "secure", "sell", "sold", "open", "register", "qualify", "score", "grade",
        "promotion", "teach", "taught", "swim", "cycle", "finalis*", "finaliz*", "prepare",
        "prepared", "go live", "goes live", "went live", "be live", "negotiat*", "chair",
        "facilitat*", "compile",
        "analys*", "analyz*", "evaluat*", "assess", "pilot", "take through", "walk through",
        "redesign*", "refactor*", "restructur*",
        "consolidat*", "standardi*", "onboard", "conduct", "carry out", "perform", "install*",
        "configur*", "integrat*", "establish*", "formalis*", "formaliz*", "sign off", "file",
        "volunteer", "coordinate", "schedule", "upload", "produce", "produced",
        "trained", "train", "certificate", "licence", "credits", "credit", "course*",
        "licensed", "accredited", "nail down", "sign up", "screening",
        "check up", "checkup", "appointment", "send in", "coaching session",
        "card", "patch*", "defend", "upgraded", "passed",
        "be live", "is live", "are live", "move", "moved", "switch", "switched", "issued",
        "in place", "be in place", "into production", "in production", "memori*",
        "by heart", "hand over", "handed over", "handover", "round the clock",
        "around the clock", "shortlisted", "nominated", "admitted", "accepted into",
        "ticket", "*ticket", "cert", "certs", "cut over", "switch over", "get into",
        "get admitted", "start working at", "start working as", "start as", "elected",
        "get elected", "be elected", "called to the bar", "wrap up", "wrapped up", "sorted",
        "printed", "curate*", "accredit*", "ordained", "validate", "validated", "qualified",
        "badge", "badges", "filed", "adopted", "clear the", "clear my", "clear our", "cleared",
        "target", "targets", "ask", "asked", "book a", "book an", "book the", "book in",
        "decommission*", "renew*", "speech", "speeches", "keynote",
    ],
    # things a goal names: concrete (specific), but done or not done only by what is done to them
    "object": ["plan", "budget", "policy", "handbook", "manual", "guide", "dashboard", "module",
               "portfolio", "website", "app", "podcast", "blog", "newsletter", "review", "meeting",
               "meetings", "sessions", "session", "calls", "visits", "job", "offer", "inventory",
               "map", "record", "report", "article", "paper", "book", "survey", "audit", "document",
               "system", "ecosystem", "strategy", "roadmap", "backlog", "pipeline", "tool",
               "real estate"],
    # a post, named as such: a role to reach, and "a role that …" names it further
    "post": ["position", "role", "post"],
    "role": [
        "manager", "director", "head", "senior", "principal", "staff", "chief",
        "team lead", "team leader", "leader of", "leader for", "supervisor", "architect",
        "partner", "vp",
        "vice president", "cto", "ceo", "cfo", "coo", "owner", "scrum master",
        "product owner", "consultant", "nurse", "engineer", "developer",
        "analyst", "teacher", "officer", "coordinator", "captain", "first officer",
        "doctor", "physician", "surgeon", "lawyer", "attorney", "solicitor", "chef",
        "foreman", "superintendent", "accountant", "auditor", "technician", "electrician",
        "librarian", "pharmacist", "midwife", "professor", "lecturer", "researcher",
        "sergeant", "lieutenant", "detective", "inspector", "constable",
    ],
    "vague": [
        "develop", "developing", "enhance", "strengthen", "work on", "focus on",
        "get better", "learn about", "learn more", "understand", "explore", "expert", "guru",
        "good", "great", "strong", "excellent", "nice", "a leadership position",
        "a leading position", "help", "support my", "support our", "coaching",
        "mentoring",
        "try", "engage", "productive", "successful", "happy", "happier",
        "motivated", "visible", "effective", "efficient", "proactive", "stay", "keep up",
        "look into", "generally", "somehow", "some", "various",
        "stuff", "as much as possible", "contribute", "participate", "be involved",
        "polish", "brush up", "brush up on", "read up on", "keep up to date",
        "stay up to date", "up to date", "fit", "in shape", "role model",
        "on top of", "different", "passionate", "feel", "enjoy", "organised", "organized",
        "comfortable", "appreciated", "valued", "recognised", "recognized",
        "whenever possible", "when possible", "if possible", "as needed", "well rounded",
        "hone", "sharpen", "deepen", "broaden", "refresh", "learn", "learn to",
        "get up to speed", "up to speed", "get to grips with", "get a handle on",
        "get my head around", "get your head around", "wrap my head around", "clean up", "tidy up",
        "be seen as", "seen as", "go to person", "the go to", "personal brand", "push for",
        "give it my all", "real", "properly", "get to know", "kind of", "sort of", "more frequent",
        "make a difference", "make an impact", "step up", "level up", "grow into",
        "cleaned up", "off the ground", "get off the ground", "head in the game", "next step",
        "the next step",
        "build a network", "build my network", "move up", "culture", "a culture",
        "the basics", "figure out", "decide what", "find my voice", "my own voice",
        "get serious about", "something", "genuinely", "give it everything", "take on board",
        "true", "genuine", "inside out", "make progress", "a step forward", "leverage",
        "excellence", "world class", "best in class", "data driven", "sane", "i guess",
        "work my way", "maybe", "not sure", "trusted advisor", "trust", "available",
        "rockstar", "ninja", "build on", "near future", "in the near future",
        "turn the ship around", "turn things around", "move toward", "move towards",
        "work toward", "work towards", "leader", "a leader", "build bridges",
        "move the needle", "the next level", "next level", "upskill", "upskilling",
        "a leadership role", "leadership role", "find my niche", "lead others",
        "a leading role", "leading role", "keep track of", "keep in touch", "stay in touch",
        "keep an eye on", "shape the future", "stay on top of", "learning about",
        "think about", "get involved", "get involved in",
        "learning more",
        # a change whose destination is left unnamed: which industry, which job?
        "change industry", "change industries", "change careers", "change career",
        "change jobs", "change job", "switch careers", "switch industries", "switch jobs",
        "a different industry", "move off", "a senior position", "senior position",
        "a senior role", "senior role", "radar", "sort out", "sorting out", "modernis*",
        "moderniz*",
    ],
    # a thing left unnamed ("try one new thing a week"): a count of them says how many, never
    # what, so not even an amount makes it Specific
    "thing": ["thing", "things", "new thing", "new things", "something new", "something fun",
              "something different"],
    # how often, with no number: the action stays concrete, but "more often" is no measure
    "frequency": ["more often", "frequently", "often", "regularly", "from time to time",
                  "now and then", "every now and then", "occasionally", "sometimes",
                  "on a regular basis", "more regularly", "every so often", "at times", "regular",
                  "when my schedule allows", "when time allows", "if time allows",
                  "when i have time", "when i can"],
    # how many, with no number: the action stays concrete, but "a few" is no measure
    "few": ["a few", "several", "a handful of", "a number of"],
    # learning by watching someone work, coaching, or a responsibility held: a concrete
    # activity, but one with no end state
    "activity": ["shadow", "shadowing", "sit in on", "job shadow", "look after", "looking after",
                 "practise", "practising", "coach", "mentor", "researching", "be responsible for",
                 "responsible for", "take care of", "in charge of"],
    # an activity carried on, with no end state: concrete, but done or not done never
    "ongoing": ["continue", "continue to", "continuing", "carry on", "keep on", "keep"],
    # a specialist is a named role once the field is named ("a pharmacotherapy specialist",
    # "specialist in family medicine"), else a broad one
    "specialist": ["specialist"],
    # "at some point (in 2027)": says only that it is to happen, so it is no time frame, and
    # says nothing of what is to happen either (Specific and Measurable do not read it)
    "sometime": ["at some point", "sometime", "one day", "some day", "someday", "eventually"],
    # a fiscal year by its number ("FY27"); its months are the organisation's, so its
    # calendar year stands for it
    "fiscal": ["fy", "fiscal year", "financial year"],
    # words that leave open which one is meant ("some kind of course"): not specific, though
    # taking whichever course it is stays done or not done
    "indefinite": ["some kind of", "some sort of", "of some kind", "of some sort", "some form of",
                   "some type of", "of some description"],
    # words after a role that make it a description of a kind of person, not a role to reach
    "relative": ["that", "who", "whom", "people", "everyone", "others", "anyone",
                 "everybody"],
    # a confidence rating beside a number: the R of SMARTA, not a measure of the goal
    "confidence": ["confidence", "confident", "confidence level"],
    # a percentage over a hundred after these is effort, not an amount (give 110 %)
    "effort": ["give", "giving", "put in"],
    "comparative": [
        "better", "more", "less", "fewer", "faster", "quicker", "higher", "bigger",
        "greater", "larger", "smaller", "stronger", "clearer", "best", "most", "easier",
        "smarter", "harder", "healthier",
        "fitter", "calmer", "closer", "deeper", "broader", "wider", "sharper", "quieter",
        "shorter", "longer", "cheaper", "tighter", "sooner", "earlier", "smoother",
    ],
    "direction": [
        "increase", "increasing", "decrease", "decreasing", "reduce", "reducing", "grow",
        "raise", "lower", "cut", "boost", "improve", "minimise", "minimize", "maximise",
        "maximize", "expand", "shrink", "lift", "drive up", "bring down", "decline",
        "reduced", "increased", "improved", "lowered", "raised", "shortened", "shorten", "speed up",
        "cut down", "keep down",
    ],
    "all": ["all", "every single", "each of", "all of", "the whole", "entire"],
    "respond": [
        "respond*", "reply", "replies", "replying", "answer*", "acknowledge*", "resolve*",
        "return", "call back", "get back to", "follow up", "turn around", "handle*",
        "react", "triage*", "process", "processed",
    ],
    "modal": [
        "i will", "i'll", "i shall", "i want to", "i would like to", "i'd like to",
        "i aim to", "i plan to", "i intend to", "i am going to", "i'm going to", "i must",
        "i need to", "i should", "we will", "we'll", "we shall", "we want to", "my goal is to",
        "our goal is to", "the goal is to", "aim to", "we need to", "we must", "we have to",
        "i have to", "we aim to", "we plan to", "i want", "i'd like", "want to",
    ],
    # a perfect tense: the goal is stated as something done ("I will have written …")
    "done": ["i will have", "we will have", "i'll have", "we'll have", "i shall have",
             "will have", "to have", "have"],
    # what comes after says how: "get better at Excel by means of a course"
    "means": ["by means of", "by way of", "by taking", "by completing", "by passing",
              "with the help of", "with help from",
              "through taking"],
    # getting a thing named by its acronym ("get my CCRN", "earn the CPA") is done or not done
    "obtain": ["get", "gain", "get my"],
    # a goal that begins with these describes a state: with a relative clause, a kind of person
    "be": ["be", "become"],
    # a comparison's other side: "than this year", "compared with last year" name no deadline
    "than": ["than", "compared to", "compared with", "versus", "vs"],
    # colloquial filler that says nothing about the goal ("sometime in spring or so")
    "filler": ["or so", "ish", "roughly", "approximately", "more or less", "approx", "about",
               "around about", "e g", "i e", "est", "first try", "on the first try",
               "first attempt", "on the first attempt", "cob", "close of business"],
    # words that open a clause: a period word before one of these is not a homograph
    # words after which a number names something rather than counts it ("route 12")
    # a perfect tense of the past: a duration after it is background ("been a nurse for 4 years")
    "perfect": ["been", "worked", "spent"],
    # before a count, these say whose it is ("my 8 reports", "my team of 12"): no target
    "possessive": ["my", "our", "its", "their", "your", "his", "her"],
    "label": ["route", "line", "room", "gate", "bus", "ward", "version", "building",
              "platform", "track", "floor", "phase", "chapter", "turn", "turning", "age",
              "aged", "model", "series"],
    "clause": ["i", "we", "then", "so", "but", "is", "are", "will", "should", "must", "i've",
               "i'm", "i'd", "we've", "we're"],
}  # fmt: skip

# Phrases that stand for several tokens at once.
PHRASES = {
    "year end": ["end", ("unit", "year")],
    "end of year": ["end", ("unit", "year")],
    "end of the year": ["end", ("unit", "year")],
    "eoy": ["end", ("unit", "year")],
    "month end": ["end", ("unit", "month")],
    "eom": ["end", ("unit", "month")],
    "quarter end": ["end", ("unit", "quarter")],
    "eoq": ["end", ("unit", "quarter")],
    "end of week": ["end", ("unit", "week")],
    "eow": ["end", ("unit", "week")],
    "midyear": ["midyear"],
    "mid year": ["midyear"],
    "the turn of the year": ["end", ("unit", "year")],
    "the turn of the half year": ["midyear"],
    "this time next year": ["within", "a", ("unit", "year")],  # a year from today
    # to the end of it: "through the end of summer" is by its last day, not by its start
    "through the end of": ["by", "end", "of"],
    "thru the end of": ["by", "end", "of"],
    # "by the weekend": this week's end ("during the weekend" is a habit's time, no deadline)
    "by the weekend": ["by", "this", ("unit", "week")],
    "before the weekend": ["before", "this", ("unit", "week")],
    "the year is out": ["end", ("unit", "year")],
    "the year after next": ["after_next", ("unit", "year")],
    "after next": ["after_next"],
    "last week of": [("ordinal", -1), ("unit", "week"), "of"],
    "last week in": [("ordinal", -1), ("unit", "week"), "in"],
    "in the next": ["within", "next"],
    "over the": ["during", "the"],
    "in the coming": ["within", "next"],
    "within the next": ["within", "next"],
    "within the coming": ["within", "next"],
    "over the next": ["within", "next"],
    "over the coming": ["within", "next"],
    "during the next": ["within", "next"],
    "in the following": ["within", "next"],
    "in the new year": ["in", "next", ("unit", "year")],
    "calendar year": [],  # "in calendar year 2027": the year
    "for the next": ["within", "next"],
    "by then": [],
    "one on one": [("object", None)],
    "one on ones": [("object", None)],
    "one to one": [("object", None)],
    "one to ones": [("object", None)],
    "real time": [],
    "the one": [],  # "be the one roasting": a person, not a count
}

PATTERNS = {
    "ordinal_suffix": r"st|nd|rd|th",
    "quarter": r"q([1-4])",
    "half": r"h([12])",
    "week": r"(?:w|wk)\.?\s?(\d{1,2})",
    "thousands": r",",
    "decimal": r"\.",
    # scores and levels that are measurable by themselves: CEFR levels, the Merit and
    # Distinction of graded exams (WSET, ABRSM)
    "level": r"[abc][12]|merit|distinction",
}

TEXTS = {
    "criterion.specific": "Specific",
    "criterion.measurable": "Measurable",
    "criterion.time_bound": "Time-bound",
    "suggest.specific": "Say what you will do, to what: a concrete action on a named object "
    "or a named result (a course, a certificate, a report, a role).",
    "suggest.specific.vague": "“{words}” points in a direction but leaves the goal open to "
    "interpretation: name the concrete action or result instead.",
    "suggest.specific.indefinite": "“{words}” leaves open which one you mean: name it (which "
    "course, which certificate, which job).",
    "suggest.specific.direction": "“{words}” names a direction, not an amount: say by how "
    "much, e.g. “by 15 %” or “from 40 to 60”.",
    "suggest.measurable": "Add a measure: a number, a threshold (at least, from X to Y) or a "
    "result that is plainly done or not done.",
    "suggest.measurable.vague": "“{words}” sounds measurable but is not: how much more, and "
    "how will you know?",
    "suggest.time_bound": "Add an end date or a time frame, e.g. “by 30 June” or “within "
    "three months”.",
    "suggest.time_bound.cadence": "“{words}” says how often, not until when: add the date the "
    "goal is reached or reviewed.",
    "suggest.time_bound.response": "“{words}” is a response-time promise, not a deadline: "
    "add when the goal as a whole is to be reached.",
    "warn.deadline_passed": "The deadline ({date}) has already passed.",
    "warn.direction_without_action": "The goal starts with a direction (“{words}”), not an "
    "action: what will you do to get there?",
    "warn.short_time": "Only {days} days for a large change: is that realistic, or should "
    "there be a milestone first?",
    "question.motivation": "How motivated are you to reach this goal, from 1 to 10?",
    "question.likelihood": "How likely is it that you reach it in time, from 1 to 10?",
    "question.risks": "What could get in the way, and what would you do then?",
    "question.minimum": "What is the least result you would still accept?",
    "question.stretch": "What would an outstanding result look like?",
    "question.helpers": "Who can help you, and with what?",
    # the rewrite: an action put first, the result and the time frame as placeholders
    "rewrite.action": "<action> to {words}",
    "rewrite.result": " to reach <measurable result>",
    "rewrite.result_after_action": " and reach <measurable result>",
    "rewrite.time_frame": " by <time frame>",
    "evidence.quantity": "a quantity",
    "evidence.outcome": "a result that is done or not done",
    "evidence.named": "a named thing",
    "evidence.cadence": "a recurring cadence, not a deadline",
    "evidence.response": "a response-time promise, not a deadline",
    "evidence.vague": "vague wording",
    "evidence.indefinite": "leaves open which one",
    "evidence.deadline": "a deadline",
}
