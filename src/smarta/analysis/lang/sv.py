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

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4,
    "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "augusti": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "måndag": 0, "måndagen": 0, "mån": 0, "tisdag": 1, "tisdagen": 1, "tis": 1,
    "onsdag": 2, "onsdagen": 2, "ons": 2, "torsdag": 3, "torsdagen": 3, "tors": 3,
    "tor": 3, "fredag": 4, "fredagen": 4, "fre": 4, "lördag": 5, "lördagen": 5, "lör": 5,
    "söndag": 6, "söndagen": 6, "sön": 6,
}  # fmt: skip
NUMBERS = {
    "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9,
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
    "månad": "month", "månader": "month", "månaden": "month", "månaderna": "month",
    "kvartal": "quarter", "kvartalet": "quarter", "kvartalen": "quarter",
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
}  # fmt: skip
SEASONS = {
    "våren": "spring", "sommar": "summer", "sommaren": "summer", "höst": "autumn",
    "hösten": "autumn", "vinter": "winter", "vintern": "winter",
}  # fmt: skip
DAYREFS = {"idag": 0, "i dag": 0, "imorgon": 1, "i morgon": 1, "i övermorgon": 2,
           "i överimorgon": 2, "övermorgon": 2, "överimorgon": 2}  # fmt: skip
MULTIPLIERS = {
    "halvera": 0.5, "halverar": 0.5, "halverat": 0.5, "halvering": 0.5,
    "fördubbla": 2, "fördubblar": 2, "fördubblat": 2, "dubbla": 2, "dubblera": 2,
    "tredubbla": 3, "tredubblar": 3, "fyrdubbla": 4,
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
}  # fmt: skip

CONCEPTS = {
    "by": ["senast", "till", "tills", "fram till", "senast den", "inte senare än",
           "till och med", "senast till", "senast vid", "senast i", "senast under",
           "klart till", "färdigt till", "klar till"],
    "before": ["innan", "före", "inför", "före den", "innan den"],
    "in": ["i", "vid", "kring", "runt"],
    "during": ["under", "under loppet av"],
    "on": ["på"],
    "within": ["inom", "om", "inom loppet av", "under de närmaste", "under de kommande",
               "inom de närmaste", "inom de kommande", "under närmaste", "under kommande",
               "inom närmaste", "inom kommande", "de närmaste", "de kommande"],
    "for": ["för", "avseende"],
    "from": ["från"],
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
            "sena", "senare delen av"],
    "early": ["början av", "början på", "i början av", "tidigt i", "början"],
    "mid": ["mitten av", "mitten på", "i mitten av", "mitten"],
    "half": ["halva", "halvan"],
    "every": ["varje", "var", "varannan", "vart", "vartannat", "varenda"],
    "per": ["per", "à"],
    "at_least": ["minst", "minimum", "åtminstone", "över", "mer än", "fler än", "minst en",
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
        "införa", "infört", "implementera*", "driftsätt*", "automatisera*",
        "digitalisera*", "anställa", "anställt", "rekrytera*", "befordra*", "befordrad",
        "dokumentera*", "kurs*", "utbildning*", "uppsats*", "avhandling*", "exjobb*",
        "examensarbete*", "högskolepoäng", "hp", "betyg*", "körkort*", "licens*",
        "ansök*", "söka", "sökt", "ansökningar", "intervju*", "anställning", "jobb*",
        "godkänn*", "godkänd", "vinna", "vunnit", "stänga", "stängt", "signera*",
        "teckna*", "tala", "talare", "föreläs*", "delta", "deltagit", "gå kursen", "gått",
        "gå", "gå en", "ta", "tagit", "skaffa", "nå", "uppnå*", "starta*", "grunda*",
        "skapa*", "designa*", "prototyp*", "rapport*", "plan", "planen", "budget*",
        "policy*", "handbok*", "manual*", "guide*", "instrumentpanel*", "dashboard*",
        "konferens*", "workshop*", "seminari*", "webbinari*", "lunchseminari*", "föredrag*",
        "bok", "boken", "artikel*", "podd*", "podcast*", "blogg*", "webbplats*",
        "hemsida*", "webbshop*", "app", "appen", "system*", "nyhetsbrev*", "enkät*",
        "revision*", "granskning*", "kodgranskning*", "byta", "ersätta", "uppgradera*",
        "översätta", "översätt*", "spara", "besök*", "kundbesök*", "samtal*", "möte*",
        "utvecklingssamtal*", "leda", "lett", "äga", "ta över", "flytta", "registrera*",
        "kvalificera*", "upphandling*", "avtal*", "process*", "rutin*", "mall*",
        "checklista*", "test", "testa", "portfölj*", "cv", "linkedin", "modul*",
        "ringa", "ringt", "sälja", "sålt", "öppna", "införande*", "omställning*",
        "flytt", "avslut*", "gå igenom", "läsa", "läst", "sätta upp", "satt upp",
        "etablera*", "utbilda*", "genomgång*", "avläggande*", "avlägga*",
    ],
    "role": [
        "chef", "chefen", "chefsroll*", "ledare", "teamledare", "gruppledare", "projektledare",
        "enhetschef", "avdelningschef", "vd", "styrelse*", "senior", "seniora", "specialist",
        "arkitekt", "scrum master", "produktägare", "product owner", "konsult", "partner",
        "sjuksköterska", "undersköterska", "lärare", "utvecklare", "ingenjör", "handläggare",
        "controller", "ekonom", "samordnare", "tjänst", "tjänsten", "roll", "rollen",
        "befattning", "manager", "lead", "tech lead", "staff engineer", "principal",
    ],
    "vague": [
        "utveckla", "utvecklas", "utvecklar", "förbättra", "förbättras", "förbättrar",
        "förbättring", "förbättringar", "stärka", "fördjupa", "bli bra", "vara bra", "bra",
        "duktig", "duktigare", "jobba på", "arbeta med", "fokusera på", "lära mig mer",
        "lära mig om", "lära mig", "förstå", "utforska", "expert", "experten", "guru",
        "ledande position", "en ledande position", "ledande roll", "en ledande roll",
        "stötta", "stödja", "hjälpa", "hjälpa till", "coacha", "coachande", "mentor",
        "försöka", "engagera*", "trivas", "må", "nöjd", "nöjdare", "produktiv", "produktivare",
        "effektiv", "effektivare", "trygg", "tryggare", "synlig", "synligare", "fortsätta",
        "lite", "några", "diverse", "saker", "så mycket som möjligt", "bidra", "medverka",
        "kompetens", "kompetensen", "god", "goda", "gott", "utmärkt", "framgångsrik",
        "ta ansvar", "mer ansvar", "ansvarstagande", "kunnig", "kunnigare", "skicklig",
        "skickligare", "balans", "självförtroende",
    ],
    "comparative": [
        "bättre", "mer", "mera", "fler", "färre", "mindre", "snabbare", "högre", "lägre",
        "större", "starkare", "tydligare", "oftare", "ofta", "regelbundet", "bäst", "mest",
        "tidigare", "längre", "kortare",
    ],
    "direction": [
        "öka", "ökar", "ökat", "ökning", "minska", "minskar", "minskat", "minskning",
        "sänka", "sänker", "sänkt", "sänkning", "höja", "höjer", "höjt", "höjning",
        "växa", "växer", "korta", "kapa", "reducera*", "maximera*", "minimera*", "lyfta",
        "förkorta", "förlänga", "dra ner", "få ner", "få upp", "utöka", "expandera",
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
        "målet är att", "jag har som mål att", "jag ska ha",
    ],
}  # fmt: skip

PHRASES = {
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
    "årsskifte": ["end", ("unit", "year")],
    "årets slut": ["end", ("unit", "year")],
    "årets utgång": ["end", ("unit", "year")],
    "året ut": ["end", ("unit", "year")],
    "årsslutet": ["end", ("unit", "year")],
    "månadsskiftet": ["end", ("unit", "month")],
    "månadens slut": ["end", ("unit", "month")],
    "månadens utgång": ["end", ("unit", "month")],
    "kvartalets slut": ["end", ("unit", "quarter")],
    "kvartalsskiftet": ["end", ("unit", "quarter")],
    "veckans slut": ["end", ("unit", "week")],
    "halvårsskiftet": ["midyear"],
    "halvårsskifte": ["midyear"],
    "efter nästa": ["after_next"],
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
    "quarter": r"(?:q|kv)([1-4])",
    "half": r"h([12])",
    "week": r"(?:v|vecka|w)\.?\s?(\d{1,2})(?!\s*(?:%|procent|dagar|veckor|månader|timmar))",
    "thousands": r"[ \u00a0]",
    "decimal": r"[,.]",
    # scores and grades that are measurable by themselves: CEFR levels, school grades
    "level": r"[abc][12]|m?vg|[a-f]-?betyg",
}

TEXTS = {
    "criterion.specific": "Specifikt",
    "criterion.measurable": "Mätbart",
    "criterion.time_bound": "Tidsbundet",
    "suggest.specific": "Skriv vad du ska göra och med vad: en konkret handling på något "
    "namngivet eller ett namngivet resultat (en kurs, ett certifikat, en rapport, en roll).",
    "suggest.specific.vague": "”{words}” pekar ut en riktning men går att tolka på många "
    "sätt: skriv den konkreta handlingen eller resultatet i stället.",
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
    "rewrite.template": "{action} för att uppnå {result} innan {time_frame}",
    "rewrite.action": "<handling>",
    "rewrite.result": "<mätbart resultat>",
    "rewrite.time_frame": "<tidsram>",
    "evidence.quantity": "ett mått",
    "evidence.outcome": "ett resultat som antingen är klart eller inte",
    "evidence.named": "något namngivet",
    "evidence.cadence": "ett återkommande intervall, ingen deadline",
    "evidence.response": "ett löfte om svarstid, ingen deadline",
    "evidence.vague": "vag formulering",
    "evidence.deadline": "en deadline",
}
