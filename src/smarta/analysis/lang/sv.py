"""Svenska: words, patterns and texts for the analyzer. Data only; see ``__init__.py``."""

CODE = "sv"
NAME = "Svenska"

DETECT_WORDS = {
    "jag", "ska", "att", "och", "för", "med", "inom", "till", "på", "min", "mitt", "mina",
    "innan", "är", "en", "ett", "av", "som", "det", "vi", "vill", "bli", "senast", "under",
    "i", "om", "mer", "nästa", "kommer", "alla", "varje", "minst", "före", "ha", "vår",
}  # fmt: skip
DETECT_LETTERS = "åäö"
NUMERIC_DATE_ORDER = "dmy"  # 30/6, 3/3/2015
# "i tre år" is how long (a span), not by when: a frame is "inom"/"om tre år".
IN_DURATION = "span"
# Abbreviations written with dots: the lexer reads their dots as spaces ("t o m" below).
ABBREVIATIONS = (
    "t.o.m.",
    "t.o.m",
    "fr.o.m.",
    "fr.o.m",
    "t.ex.",
    "bl.a.",
    "ca.",
    "kv.",
    "v.",
    "mån.",
    "fre.",
    "ung.",
    "resp.",
)

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4,
    "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "måndag": 0, "måndagen": 0, "tisdag": 1, "tisdagen": 1, "tis": 1,
    "onsdag": 2, "onsdagen": 2, "ons": 2, "torsdag": 3, "torsdagen": 3, "tors": 3,
    "tor": 3, "fredag": 4, "fredagen": 4, "fre": 4, "lördag": 5, "lördagen": 5, "lör": 5,
    "söndag": 6, "söndagen": 6, "sön": 6,
}  # fmt: skip
NUMBERS = {
    # "utan en enda skadeanmälan": a count of none, as measurable as "noll"
    "utan en enda": 0, "utan ett enda": 0, "inte en enda": 0, "inte ett enda": 0,
    "noll": 0, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
    "tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15,
    "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19, "tjugo": 20, "trettio": 30,
    "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90,
    "hundra": 100, "etthundra": 100, "tusen": 1000, "ettusen": 1000, "ett dussin": 12,
    "dussin": 12, "ett par": 2, "en gång": 1, "två gånger": 2, "tre gånger": 3,
    "fyra gånger": 4, "fem gånger": 5,
}  # fmt: skip
ORDINALS = {
    "första": 1, "förste": 1, "andra": 2, "andre": 2, "tredje": 3, "fjärde": 4, "femte": 5,
    "sjätte": 6, "sjunde": 7, "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11,
    "tolfte": 12, "femtonde": 15, "tjugonde": 20, "trettionde": 30, "trettioförsta": 31,
    "sista": -1,
}  # fmt: skip
UNITS = {
    "dag": "day", "dagar": "day", "dagen": "day", "dagarna": "day", "dygn": "day",
    "arbetsdag": "business_day", "arbetsdagar": "business_day",
    "arbetsdagen": "business_day", "vardag": "business_day", "vardagar": "business_day",
    "vecka": "week", "veckor": "week", "veckan": "week", "veckorna": "week", "v": "week",
    "månad": "month", "månader": "month", "mån": "month", "månaden": "month", "månaderna": "month",
    "kvartal": "quarter", "kvartalet": "quarter", "kvartalen": "quarter",
    "tertial": "tertial", "tertialet": "tertial", "tertialen": "tertial",
    "halvår": "half_year", "halvåret": "half_year", "halvårs": "half_year",
    "år": "year", "året": "year", "åren": "year", "års": "year",
    "timme": "hour", "timmar": "hour", "timmen": "hour", "tim": "hour", "h": "hour",
    "minut": "minute", "minuter": "minute",
}  # fmt: skip
HOLIDAYS = {
    "påsk": "easter_sunday", "påsken": "easter_sunday", "påskdagen": "easter_sunday",
    "långfredagen": "good_friday", "långfredag": "good_friday",
    "midsommar": "midsummer_eve", "midsommarafton": "midsummer_eve",
    "midsommaren": "midsummer_eve", "jul": "christmas_eve", "julen": "christmas_eve",
    "julafton": "christmas_eve", "juldagen": "christmas_day", "nyår": "new_years_eve",
    "nyåret": "new_years_eve", "nyårsafton": "new_years_eve",
    "nyårsdagen": "new_years_day", "trettondagen": "epiphany",
    "trettondedag jul": "epiphany", "valborg": "walpurgis_night",
    "valborgsmässoafton": "walpurgis_night", "första maj": "may_day",
    "nationaldagen": "national_day_se", "allhelgona": "all_saints_day_se",
    "alla helgons dag": "all_saints_day_se", "lucia": "lucia",
    "alla hjärtans dag": "valentines_day", "halloween": "halloween",
    "annandag påsk": "easter_monday",
    "kristi himmelfärd": "ascension_day", "kristi himmelfärdsdag": "ascension_day",
    "himmelfärden": "ascension_day", "himmelfärdshelgen": "ascension_day",
    "pingst": "pentecost", "pingsten": "pentecost", "pingstdagen": "pentecost",
    "midsommardagen": "midsummer_day", "annandag jul": "boxing_day",
    "annandagen jul": "boxing_day",
    "kristi himmelsfärd": "ascension_day", "kristi himmelsfärdsdag": "ascension_day",
    "himmelsfärden": "ascension_day", "första advent": "advent_sunday",
    "första söndagen i advent": "advent_sunday", "advent": "advent_sunday",
    "black friday": "black_friday",
}  # fmt: skip
SEASONS = {
    "våren": "spring", "vårn": "spring", "sommarn": "summer", "sommar": "summer",
    "sommaren": "summer", "höst": "autumn",
    "hösten": "autumn", "vinter": "winter", "vintern": "winter",
    # a season named by what happens in it: the summer holidays, a sports season
    "sommarlovet": "summer", "sommarlov": "summer", "sommarsemestern": "summer",
    "sommarsemester": "summer", "vårsäsongen": "spring", "höstsäsongen": "autumn",
    "sommarsäsongen": "summer", "vintersäsongen": "winter",
    # the possessive names the same season: "i höstens mätning"
    "vårens": "spring", "sommarens": "summer", "höstens": "autumn", "vinterns": "winter",
    "sommaruppehållet": "summer", "sommaruppehåll": "summer",
    # julafton till trettondagen: "under jullovet", "innan julledigheten"
    "jullovet": "christmas", "jullov": "christmas", "julledigheten": "christmas",
    "julledighet": "christmas", "mellandagarna": "between_holidays",
    "mellandagar": "between_holidays", "sportlovet": "sports_break", "sportlov": "sports_break",
}  # fmt: skip
# school terms (vårterminen: January to early June; höstterminen: mid-August to before
# Christmas), and the term as such: "terminen" is this one, "nästa termin" the next
TERMS = {
    "vt": "spring", "vårtermin": "spring", "vårterminen": "spring", "vårterminens": "spring",
    "ht": "autumn", "hösttermin": "autumn", "höstterminen": "autumn", "höstterminens": "autumn",
    "termin": None, "terminen": None, "terminens": None,
    "läsår": "school_year", "läsåret": "school_year", "läsårets": "school_year",
}  # fmt: skip
DAYREFS = {"idag": 0, "i dag": 0, "imorgon": 1, "i morgon": 1, "i övermorgon": 2,
           "i överimorgon": 2, "övermorgon": 2, "överimorgon": 2}  # fmt: skip
MULTIPLIERS = {
    "halvera": 0.5, "halverar": 0.5, "halverat": 0.5, "halvering": 0.5,
    "fördubbla": 2, "fördubblar": 2, "fördubblat": 2, "dubbla": 2, "dubblera": 2,
    "tredubbla": 3, "tredubblar": 3, "fyrdubbla": 4, "hälften": 0.5, "till hälften": 0.5,
    "med hälften": 0.5, "en tredjedel": 0.67, "en fjärdedel": 0.75, "en femtedel": 0.8,
    "en tiondel": 0.9,
}  # fmt: skip
CADENCES = {
    "dagligen": "day", "varje dag": "day", "per dag": "day", "om dagen": "day",
    "i veckan": "week", "per vecka": "week", "varje vecka": "week", "veckovis": "week",
    "varannan vecka": "week", "i månaden": "month", "per månad": "month",
    "varje månad": "month", "månadsvis": "month", "månatligen": "month",
    "varannan månad": "month", "i kvartalet": "quarter", "per kvartal": "quarter",
    "varje kvartal": "quarter", "kvartalsvis": "quarter", "om året": "year",
    "per år": "year", "varje år": "year", "årligen": "year", "per termin": "year",
    "varje termin": "year", "varje vår": "year", "varje höst": "year",
    "varje sommar": "year", "varje vinter": "year",
    "samma dag": "day", "samma dag som": "day", "varje kväll": "day", "varje morgon": "day",
    "varje natt": "day", "varje vardag": "day",
    "varje arbetsdag": "day", "varannan dag": "day", "varje helg": "week",
    "på morgnarna": "day", "på kvällarna": "day", "om morgnarna": "day",
    "om kvällarna": "day", "varje arbetspass": "day", "varje pass": "day",
}  # fmt: skip

CONCEPTS = {
    "by": ["senast", "till", "tills", "fram till", "inte senare än", "till och med", "t o m",
           "fram till och med",
           "t", "tll",
           "senast till", "mellan nu och", "från nu till", "från nu fram till",
           "från nu och fram till"],
    "before": ["innan", "före", "inför", "inan", "inann"],
    "in": ["i", "vid", "kring", "runt"],
    # "ägna våren åt …": genom hela perioden
    "during": ["under", "under loppet av", "ägna", "ägnar"],
    "on": ["på"],
    "within": ["inom", "om", "inom loppet av"],
    "for": ["för", "avseende"],
    "from": ["från", "från och med", "fr o m", "med start", "med början",
             "startar", "börjar"],
    "of": ["av"],
    "the": ["den", "det"],
    "a": ["en", "ett"],
    "this": ["denna", "detta", "den här", "det här", "innevarande", "nuvarande",
             "det innevarande", "det här", "dessa"],
    "next": ["nästa", "kommande", "närmaste", "nästkommande", "följande", "nästa års"],
    "after": ["efter"],
    "hence": ["från nu", "från idag", "från i dag", "framåt", "härifrån"],
    "ago": ["sedan"],
    "past": ["i fjol", "ifjol", "förra året", "föregående år", "förra månaden",
             "förra kvartalet", "förra veckan", "förra terminen", "i våras", "i höstas",
             "i somras", "i vintras", "tidigare år"],
    "end": ["slutet av", "slutet på", "utgången av", "i slutet av", "slutet", "utgången",
            "slut", "månads slut", "månads utgång", "är över", "är slut", "tar slut",
            "sena", "senare delen av", "resten av"],
    "early": ["början av", "början på", "i början av", "tidigt i", "början"],
    "mid": ["mitten av", "mitten på", "i mitten av", "mitten"],
    "half": ["halva", "halvan"],
    "every": ["varje", "var", "varannan", "vart", "vartannat", "varenda"],
    "per": ["per", "à"],
    # a threshold only before a number ("över 50"); else a preposition
    "over": ["över"],
    "at_least": ["minst", "minimum", "åtminstone", "mer än", "fler än",
                 "inte mindre än", "eller mer", "eller fler"],
    "at_most": ["högst", "max", "maximalt", "maximum", "mindre än", "färre än", "som mest",
                "understiga", "eller mindre", "eller färre", "inte mer än"],
    "percent": ["procent", "procentenheter", "procentenhet"],
    "currency": ["kr", "kronor", "sek", "tkr", "mkr", "miljoner", "miljon", "euro", "dollar"],
    "outcome": [
        "certifi*", "examen", "examinera*", "prov", "provet", "tenta*", "klara", "klarar",
        "klarat", "klart", "färdig", "färdigt", "klar", "slutför*", "genomför*", "avsluta*",
        "avklara*", "lansera*", "publicera*", "släpp*", "leverera*", "lämna in", "lämnat in",
        "skicka in", "presentera*", "presentation", "hålla", "håller", "hållit", "arrangera*",
        "organisera*", "anordna*", "springa", "sprungit", "maraton", "halvmaraton", "lopp*",
        "bygga", "byggt", "skriva", "skrivit", "ta fram", "tagit fram", "migrera*",
        "införa", "infört", "införd", "införda", "implementera*", "driftsätt*", "automatisera*",
        "digitalisera*", "anställa", "anställt", "rekrytera*", "befordra*", "befordrad",
        "dokumentera*", "kurs*", "utbildning*", "uppsats*", "avhandling*", "exjobb*",
        "examensarbete*", "högskolepoäng", "hp", "betyg*", "körkort*", "licens*",
        "ansök*", "söka", "sökt", "intervju*", "godkänn*", "godkänd", "vinna", "vunnit", "stänga",
        "stängt", "signera*",
        "teckna*", "tala", "talare", "föreläs*", "delta", "deltagit", "gå kursen", "gått",
        "gå", "gå en", "ta", "tagit", "skaffa", "nå", "uppnå*", "starta*", "grunda*",
        "skapa*", "designa*", "prototyp*", "konferens*", "workshop*", "seminari*", "webbinari*",
        "lunchseminari*", "föredrag*",
        "revision*", "granskning*", "kodgranskning*", "byta", "ersätta", "uppgradera*",
        "översätta", "översätt*", "spara", "besök*", "kundbesök*", "leda", "lett", "äga", "ta över",
        "tagit över", "tar över",
        "tog över", "flytta", "registrera*",
        "kvalificera*", "test", "testa", "ringa", "ringt", "sälja", "sålt", "öppna", "införande*",
        "omställning*",
        "flytt", "avslut*", "gå igenom", "läsa", "läst", "sätta upp", "satt upp",
        "etablera*", "utbilda*", "genomgång*", "avläggande*", "avlägga*", "undervisa*",
        "förhandla*", "färdigställ*", "inventera*", "redovisa*", "tillträda*", "tillträtt",
        "utfärda*", "auktoriser*", "legitimation*", "behörighet*", "sammanställ*",
        "kartlägg*", "kartla*", "analysera*", "utvärdera*", "pilot*", "boka*", "ansvara*",
        "simma", "simmat", "cykla", "cyklat", "producera*", "anmäla*", "anmäl*",
        "*kurs", "*kursen", "*utbildning", "*utbildningen",
        "*prov", "*provet", "*examen", "*certifikat", "*certifiering", "*certifieringen",
        "*legitimation", "*seminarium", "*konferens",
        "*besök", "*intervju", "*intervjuer", "*ansökan",
        "*licens", "*körkort", "*uppsats", "*uppsatsen", "*analys", "*analysen", "*presentation",
        "*workshop", "*lopp", "*loppet", "*maraton", "*tenta", "*tentan", "*tentamen",
        "*bevis", "*diplom",
        "spika*", "*kort", "*kortet", "live", "anställning", "*anställning", "löneökning",
        "lönehöjning", "lönelyft", "legitimerad", "behörig",
        "ses över", "se över", "gås igenom", "disputera*", "patcha*", "patchad*", "*behörighet",
        "*behörigheten", "uppdatera*",
        "rensa*", "godkänt", "godkända", "löneförhöjning", "*brev", "ge ut", "gett ut",
        "givit ut", "lägga upp", "lagt upp", "stämma av", "stämt av", "prästvig*", "vigd",
        "kuratera*", "ackrediter*", "validera*", "skicka", "skickat",
        "inskickad*", "skickat in", "skickad", "få iväg", "skicka iväg", "shippa*",
        "få en plats", "få plats",
        "på plats", "vara på plats", "i produktion", "i drift", "få ut", "lägga ut",
        "lämna över", "överlämna*", "utantill", "memorera*", "dygnet runt", "antagen",
        "antas", "nominerad", "nominera*", "*beviset", "*diplomet", "*certifikatet",
        "*licensen", "*legitimationen", "komma in på", "komma in vid", "kommit in på",
        "börja jobba på", "börja jobba som", "börja arbeta på", "börja arbeta som", "vald",
        "bli vald", "invald", "omvald", "lägga fram", "lagt fram", "beslutad", "beslutat",
        "fastställd", "fastställt", "få ett jobb som",
        "få jobb som", "få en tjänst som", "få fast tjänst som", "få en fast tjänst som",
        "börja på", "börja i", "börja som", "fast jobb", "fast anställning", "förnya*", "intyg",
        "intyget", "*intyg", "*intyget", "cert", "*cert",
    ],
    # things a goal names: concrete (specific), but done or not done only by what is done to them
    "object": ["rapport*", "plan", "planen", "budget*", "policy*", "handbok*", "manual*", "guide*",
               "instrumentpanel*", "dashboard*", "bok", "boken", "artikel*", "podd*", "podcast*",
               "blogg*", "webbplats*", "hemsida*", "webbshop*", "app", "appen", "system*",
               "nyhetsbrev*", "enkät*", "samtal*", "möte*", "utvecklingssamtal*", "upphandling*",
               "avtal*", "process*", "rutin*", "mall*", "checklista*", "portfölj*", "cv",
               "linkedin", "modul*", "*rapport", "*rapporten", "*plan", "*planen", "*system",
               "*systemet", "*policy", "*manual", "*möte", "*mötet", "*samtal", "*ansökningar",
               "*avtal", "*avtalet", "*projekt", "*projektet", "*program", "*programmet",
               "*handbok", "*guide", "*mall", "*rutin", "*rutiner", "*process", "*processen",
               "*instruktion", "*instruktioner", "*dokumentation", "*verktyg", "*portal",
               "*portalen", "*tjänst", "*beslut", "jobb", "jobbet", "strategi*", "*strategi",
               "*strategin", "färdplan*", "verktyg", "verktyget", "projekt", "projektet", "program",
               "programmet"],
    # a post, named as such: a role to reach, and "tjänsten som …" names it further
    "post": ["tjänst", "tjänsten", "roll", "rollen", "befattning", "befattningen", "post",
             "posten"],
    "role": [
        "chef", "chefen", "chefsroll*", "ledare för", "ledare över", "teamledare", "gruppledare",
        "projektledare",
        "enhetschef", "avdelningschef", "vd", "styrelse*", "senior", "seniora",
        "arkitekt", "scrum master", "produktägare", "product owner", "konsult", "partner",
        "*chef", "*ledare", "*ansvarig", "ansvarig", "*ingenjör", "*utvecklare",
        "*sköterska", "*lärare", "*konsult", "*handläggare", "*samordnare", "*controller",
        "*ekonom", "tekniker", "*tekniker", "analytiker", "*analytiker", "*arkitekt",
        "rådgivare", "*rådgivare", "elektriker", "*elektriker",
        "sjuksköterska", "undersköterska", "lärare", "utvecklare", "ingenjör", "handläggare",
        "controller", "ekonom", "samordnare", "manager", "lead", "tech lead", "staff engineer",
        "principal", "kapten", "*kapten", "styrman", "befälhavare", "läkare",
        "*läkare", "förman", "arbetsledare", "polis", "brandman", "barnmorska", "kock",
        "köksmästare", "säljare", "*säljare", "*förare", "jurist", "advokat", "revisor",
        "bibliotekarie", "forskare", "docent", "professor", "ledamot", "kommissarie",
        "inspektör", "sergeant",
    ],
    "vague": [
        "utveckla", "utvecklas", "utvecklar", "förbättra", "förbättras", "förbättrar",
        "förbättring", "förbättringar", "stärka", "fördjupa", "bli bra", "vara bra", "bra",
        "duktig", "duktigare", "jobba på", "arbeta med", "fokusera på", "lära mig mer",
        "lära mig om", "lära mig", "förstå", "utforska", "expert", "experten", "guru",
        "ledande position", "en ledande position", "ledande roll", "en ledande roll",
        "stötta", "stödja", "hjälpa", "hjälpa till", "coacha", "coachande",
        "försöka", "engagera*", "trivas", "må", "nöjd", "nöjdare", "produktiv", "produktivare",
        "effektiv", "effektivare", "trygg", "tryggare", "synlig", "synligare",
        "lite", "diverse", "så mycket som möjligt", "bidra", "medverka",
        "kompetens", "kompetensen", "god", "goda", "gott", "utmärkt", "framgångsrik",
        "ta ansvar", "mer ansvar", "ansvarstagande", "kunnig", "kunnigare", "skicklig",
        "skickligare", "balans", "självförtroende", "hålla mig uppdaterad", "leda andra",
        "hålla mig", "uppdaterad", "gilla",
        "i form", "förebild", "en förebild", "hinna", "orka", "känna", "uppskattad", "sedd",
        "strukturerad", "passionerad", "bekväm", "vässa", "finslipa", "putsa på",
        "fräscha upp", "bredda", "ta tag i", "komma igång med", "få koll på", "sätta mig in i",
        "få grepp om", "få ett grepp om", "ha koll på", "få ordning på", "läsa in mig på",
        "läsa på", "testa på", "prova på", "komma in i", "vass", "vassare", "varumärke",
        "personliga varumärke", "ses som", "bli sedd som", "riktigt", "ordentligt",
        "göra skillnad", "växa in i", "den som", "satsa på", "bli grym", "grym",
        "ge järnet", "nästa steg",
        "min grej", "hitta mig själv", "bygga upp ett nätverk", "bygga nätverk", "rejält",
        "*kultur", "kultur",
        "grunderna", "bestämt mig", "bestämma mig", "ta reda på", "riktig", "riktiga",
        "ta fasta på", "hitta min röst", "min egen röst", "på allvar", "komma vidare",
        "ett steg framåt", "ett kliv framåt", "kanske", "nåt liknande", "något liknande",
        "vet inte", "arbetssätt", "datadriv*", "excellens", "världsklass", "helhetsgrepp",
        "utan och innan", "hålla huvudet kallt", "ett snäpp", "kliva upp", "trusted advisor",
        "förtroende", "tillgänglig", "bygga vidare på", "snar framtid", "en snar framtid",
        "inom en snar framtid", "i en snar framtid", "ledare", "en ledare", "effektivisera*",
        "bygga broar", "ta steget upp", "hitta min nisch", "hitta tillbaka", "nästa nivå",
        "hålla koll på", "hålla kontakten", "hålla kontakt", "forma framtiden",
        "fundera på", "tänka på", "tänka över",
        "forma framtidens",
        # ett byte vars mål inte namnges: vilken bransch, vilket jobb?
        "byta bransch", "byter bransch", "bytt bransch", "byta jobb", "byter jobb", "bytt jobb",
        "byta karriär", "en annan bransch", "en seniorroll", "en senior roll", "modernisera*",
    ],
    # en sak som inte namnges ("testa en ny grej i veckan"): ett antal av dem säger hur många,
    # aldrig vad, så inte ens ett antal gör målet specifikt
    "thing": ["sak", "saker", "grej", "grejer", "grejor", "något nytt", "något kul",
              "något roligt", "nåt nytt", "nåt kul", "nåt roligt", "nya saker", "en ny sak"],
    # how often, with no number: the action stays concrete, but "oftare" is no measure
    "frequency": ["oftare", "ofta", "regelbundet", "ibland", "då och då", "emellanåt",
                  "med jämna mellanrum", "titt som tätt", "lite oftare", "mer regelbundet",
                  "regelbundna", "regelbunden", "när det passar", "när jag hinner",
                  "om jag hinner", "när tid finns", "när jag har tid"],
    # hur många, utan antal: handlingen är lika konkret, men "några" är inget mått
    "few": ["några", "ett fåtal", "några stycken", "nåra"],
    # learning by watching someone work, coaching, or a responsibility held: a concrete
    # activity, but one with no end state
    "activity": ["skugga", "skuggar", "auskultera*", "hospitera*", "ansvara för", "ha hand om",
                 "ta hand om", "ha ansvar för", "ha ansvaret för", "öva", "övar", "öva på",
                 "lära upp", "handleda", "gå bredvid", "titta på", "ta ansvar för",
                 "ta ansvaret för", "ha huvudansvaret för", "ha huvudansvar för", "vara mentor"],
    # ett betygs ord före dess nummer eller bokstav ("nivå C", "steg 3"): en nivå som nås
    "grade": ["nivå", "nivån"],
    # an activity carried on, with no end state: concrete, but done or not done never
    "ongoing": ["fortsätta", "fortsätter", "fortsatt", "fortsätta med", "fortsätta att",
                "jobba vidare med", "arbeta vidare med"],
    # att börja göra något har inget slut; att börja en utbildning, eller på, i eller som
    # något, har det
    "begin": ["börja"],
    # a specialist is a named role once the field is named ("specialist i allmänmedicin"),
    # else a broad one
    "specialist": ["specialist", "specialistläkare"],
    # "mellan januari och mars": the two ends of a span of months
    "between": ["mellan", "någon gång mellan"],
    # "någon gång (i vår)": says only that it is to happen, so it is no time frame, and says
    # nothing of what is to happen either (Specific and Measurable do not read it)
    "sometime": ["någon gång", "nån gång", "så småningom", "på sikt"],
    # ett räkenskapsår med sitt nummer ("FY27"); dess kalenderår står för det
    "fiscal": ["fy", "räkenskapsåret", "räkenskapsår", "verksamhetsåret", "verksamhetsår",
               "budgetåret", "budgetår"],
    # ord som lämnar öppet vilken som menas ("någon kurs"): inte specifikt, men att gå kursen,
    # vilken det än blir, är klart eller inte
    "indefinite": ["någon", "något", "nån", "nåt", "någon sorts", "något slags", "någon slags",
                   "någon form av", "någon typ av", "nån sorts", "nåt slags", "nån slags"],
    # words after a role that make it a description of a kind of person, not a role to reach
    "relative": ["som", "folk"],
    # a confidence rating beside a number: the R of SMARTA, not a measure of the goal
    "confidence": ["säker", "tilltro"],
    # a percentage over a hundred after these is effort, not an amount (ge 110 %)
    "effort": ["ge", "ger", "köra"],
    "comparative": [
        "bättre", "mer", "mera", "fler", "färre", "mindre", "snabbare", "högre", "lägre",
        "större", "starkare", "tydligare", "bäst", "bästa", "mest",
        "längre", "kortare", "roligare", "smartare", "hårdare", "lättare", "enklare",
        "gladare", "piggare", "friskare", "modigare", "säkrare", "bredare", "djupare",
        "närmare", "lugnare",
    ],
    "direction": [
        "öka", "ökar", "ökat", "ökning", "minska", "minskar", "minskat", "minskning",
        "sänka", "sänker", "sänkt", "sänkning", "höja", "höjer", "höjt", "höjning",
        "växa", "växer", "korta", "kapa", "reducera*", "maximera*", "minimera*", "lyfta",
        "förkorta", "förlänga", "dra ner", "få ner", "få upp", "utöka", "expandera",
        "kortas", "ökas", "minskas", "sänkas", "höjas", "förkortas", "förkortad", "kortad",
        "snabba upp",
        "måste ner", "ska ner", "behöver ner", "måste upp", "ska upp", "behöver upp",
        "gå ner i", "gå ner", "gå upp i", "hålla nere", "hålla ner",
    ],
    "all": ["alla", "samtliga", "allt", "hela", "varenda en", "samtliga av"],
    "respond": [
        "svara", "svarar", "besvara*", "återkoppla*", "återkomma", "återkommer",
        "ringa tillbaka", "ringer tillbaka", "åtgärda*", "hantera*", "behandla*",
        "bekräfta*", "kvittera*", "lösa", "löser", "handlägga*", "reagera", "agera",
        "ge återkoppling", "ge svar", "fakturera*",
    ],
    "modal": [
        "jag ska", "jag skall", "jag vill", "jag kommer att", "jag tänker", "jag planerar att",
        "jag ämnar", "jag siktar på att", "jag behöver", "jag måste", "jag borde",
        "vi ska", "vi skall", "vi vill", "vi kommer att", "mitt mål är att", "vårt mål är att",
        "målet är att", "jag har som mål att", "vill jag", "ska jag", "skall jag",
        "kommer jag att", "måste jag", "behöver jag", "vill vi", "ska vi", "kommer vi att",
        "behöver vi", "vi behöver", "vi måste",
    ],
    # a perfect tense: the goal is stated as something done ("jag ska ha skrivit …")
    "done": ["jag ska ha", "jag skall ha", "vi ska ha", "vi skall ha", "ska ha", "att ha",
             "ha", "jag har", "vi har"],
    # what comes after says how: "bli bättre på Excel genom att gå en kurs"
    "means": ["genom att", "genom", "via", "med hjälp av"],
    # getting a thing named by its acronym ("få mitt CCNA") is done or not done
    "obtain": ["få mitt", "få min"],
    # a goal that begins with these describes a state: with a relative clause, a kind of person
    "be": ["vara", "bli"],
    # a comparison's other side: "än i år", "jämfört med i fjol" name no deadline
    "than": ["än", "jämfört med", "jämfört mot", "mot", "i förhållande till"],
    # colloquial filler that says nothing about the goal ("nån gång i vår typ")
    "filler": ["typ", "liksom", "ungefär", "eller så", "sådär", "ca", "cirka", "ung", "t ex",
               "bl a", "resp", "första försöket", "på första försöket"],
    # words that open a clause: a period word before one of these is not a homograph
    # words after which a number names something rather than counts it ("linje 4")
    # a perfect tense of the past: a duration after it is background ("jobbat i fyra år")
    "perfect": ["varit", "jobbat", "arbetat"],
    # before a count, these say whose it is ("mina 8 medarbetare"): no target
    "possessive": ["mina", "mitt", "min", "våra", "vårt", "hans", "hennes", "deras", "dess",
                   "sin", "sitt", "sina"],
    "label": ["linje", "linjen", "rum", "sal", "salen", "grind", "buss", "bussen", "version",
              "versionen", "plattform", "spår", "våning", "våningen", "hus", "fas", "fasen",
              "avdelning", "avdelningen", "grad",
              "kapitel", "fyller", "fylla", "fyllt", "ålder", "åldern", "release", "modell",
        "åk", "årskurs", "klass",
    ],
    "clause": ["ska", "skall", "vill", "kommer", "har", "är", "och", "så", "men", "samt",
               "jag", "vi", "då"],
}  # fmt: skip

PHRASES = {
    # done by a date: a done/not-done outcome and its deadline in one
    "klar till": ["done", "by"],
    "klart till": ["done", "by"],
    "färdig till": ["done", "by"],
    "färdigt till": ["done", "by"],
    "i år": ["in", "this", ("unit", "year")],
    "i höst": ["in", "this", ("season", "autumn")],
    "i vår": ["in", "this", ("season", "spring")],
    "i sommar": ["in", "this", ("season", "summer")],
    "i vinter": ["in", "this", ("season", "winter")],
    "i kväll": ["in", ("dayref", 0)],
    "nästa vår": ["next", ("season", "spring")],
    "till våren": ["by", ("season", "spring")],
    "inom året": ["in", "this", ("unit", "year")],
    "under året": ["during", "this", ("unit", "year")],
    "årsskiftet": ["end", ("unit", "year")],
    "årskiftet": ["end", ("unit", "year")],
    "årsskifte": ["end", ("unit", "year")],
    "årets slut": ["end", ("unit", "year")],
    "årets utgång": ["end", ("unit", "year")],
    "året ut": ["end", ("unit", "year")],
    "årsslutet": ["end", ("unit", "year")],
    "månadsskiftet": ["end", ("unit", "month")],
    # the English abbreviations, as Swedish offices write them
    "eoy": ["end", ("unit", "year")],
    "eom": ["end", ("unit", "month")],
    "eoq": ["end", ("unit", "quarter")],
    "månadens slut": ["end", ("unit", "month")],
    "månadens utgång": ["end", ("unit", "month")],
    "kvartalets slut": ["end", ("unit", "quarter")],
    "kvartalsskiftet": ["end", ("unit", "quarter")],
    "veckans slut": ["end", ("unit", "week")],
    "halvårsskiftet": ["midyear"],
    "halvårsskifte": ["midyear"],
    "efter nästa": ["after_next"],
    "under de närmaste": ["within", "next"],
    "under de kommande": ["within", "next"],
    "inom de närmaste": ["within", "next"],
    "inom de kommande": ["within", "next"],
    "under närmaste": ["within", "next"],
    "under kommande": ["within", "next"],
    "inom närmaste": ["within", "next"],
    "inom kommande": ["within", "next"],
    "de närmaste": ["next"],
    "de kommande": ["next"],
    "om ett år": ["within", "a", ("unit", "year")],
    "om ett halvår": ["within", "a", ("unit", "half_year")],
    "ett halvår": ["a", ("unit", "half_year")],
    "ett och ett halvt år": [("number", 18), ("unit", "month")],
    "ett och ett halvt": [("number", 1.5)],
    "ett halvt år": ["a", ("unit", "half_year")],
    "sex månader": [("number", 6), ("unit", "month")],
}

PATTERNS = {
    "ordinal_suffix": r":[ae]",
    "quarter": r"(?:q|kv)\s?([1-4])",
    "half": r"h([12])",
    "week": r"(?:v|vecka|w)\.?\s?(\d{1,2})(?!\s*(?:%|procent|dagar|veckor|månader|timmar))",
    "thousands": r"[ \u00a0]",
    "decimal": r"[,.]",
    # scores and grades that are measurable by themselves: CEFR levels, school grades, the
    # Merit and Distinction of graded exams (WSET, musikprov)
    "level": r"[abc][12]|m?vg|[a-f]-?betyg|merit|distinction",
    "term": r"(vt|ht)\s?-?(\d{4}|\d{2})",
}

TEXTS = {
    "criterion.specific": "Specifikt",
    "criterion.measurable": "Mätbart",
    "criterion.time_bound": "Tidsbundet",
    "suggest.specific": "Skriv vad du ska göra och med vad: en konkret handling på något "
    "namngivet eller ett namngivet resultat (en kurs, ett certifikat, en rapport, en roll).",
    "suggest.specific.vague": "”{words}” pekar ut en riktning men går att tolka på många "
    "sätt: skriv den konkreta handlingen eller resultatet i stället.",
    "suggest.specific.indefinite": "”{words}” lämnar öppet vilken du menar: skriv ut den (vilken "
    "kurs, vilket certifikat, vilket jobb).",
    "suggest.specific.direction": "”{words}” anger en riktning, inte hur mycket: skriv hur "
    "stor förändringen ska vara, t.ex. ”med 15 %” eller ”från 40 till 60”.",
    "suggest.measurable": "Lägg till ett mått: ett antal, en gräns (minst, från X till Y) "
    "eller ett resultat som antingen är klart eller inte.",
    "suggest.measurable.vague": "”{words}” låter mätbart men är det inte: hur mycket, och "
    "hur vet du när du är där?",
    "suggest.time_bound": "Lägg till ett slutdatum eller en tidsram, t.ex. ”senast den 30 "
    "juni” eller ”inom tre månader”.",
    "suggest.time_bound.cadence": "”{words}” säger hur ofta, inte till när: lägg till när "
    "målet ska vara nått eller följas upp.",
    "suggest.time_bound.response": "”{words}” är ett löfte om svarstid, inte en deadline: "
    "lägg till när målet som helhet ska vara nått.",
    "warn.deadline_passed": "Slutdatumet ({date}) har redan passerat.",
    "warn.direction_without_action": "Målet börjar med en riktning (”{words}”), inte en "
    "handling: vad ska du göra för att komma dit?",
    "warn.short_time": "Bara {days} dagar för en stor förändring: är det realistiskt, eller "
    "behövs ett delmål först?",
    "question.motivation": "Hur motiverad är du att nå målet, på en skala från 1 till 10?",
    "question.likelihood": "Hur troligt är det att du når målet i tid, från 1 till 10?",
    "question.risks": "Vad kan komma i vägen, och vad gör du då?",
    "question.minimum": "Vilket är det minsta resultat du ändå skulle godta?",
    "question.stretch": "Hur skulle ett riktigt starkt resultat se ut?",
    "question.helpers": "Vem kan hjälpa dig, och med vad?",
    # the rewrite: an action put first, the result and the time frame as placeholders
    "rewrite.action": "<handling> för att {words}",
    "rewrite.result": " för att uppnå <mätbart resultat>",
    "rewrite.result_after_action": " och uppnå <mätbart resultat>",
    "rewrite.time_frame": " innan <tidsram>",
    "evidence.quantity": "ett mått",
    "evidence.outcome": "ett resultat som antingen är klart eller inte",
    "evidence.named": "något namngivet",
    "evidence.cadence": "ett återkommande intervall, ingen deadline",
    "evidence.response": "ett löfte om svarstid, ingen deadline",
    "evidence.vague": "vag formulering",
    "evidence.indefinite": "lämnar öppet vilken",
    "evidence.deadline": "en deadline",
}
