"""Word lists for English report text: numerals, objects, event triggers, cues.

Kept apart from the extraction logic so that they can be read and extended.
"""

from __future__ import annotations

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12, "a dozen": 12, "two dozen": 24, "three dozen": 36,
}

#: Object nouns (singular and plural, lower case) and the kind they count as.
OBJECT_NOUNS = {
    "drone": "drone", "drones": "drone", "uav": "drone", "uavs": "drone", "uas": "drone",
    "shahed": "drone", "shaheds": "drone", "geran": "drone", "gerans": "drone", "geran-2": "drone",
    "geran-2s": "drone", "lancet": "drone", "lancets": "drone", "quadcopter": "drone",
    "quadcopters": "drone", "unmanned aerial vehicle": "drone", "unmanned aerial vehicles": "drone",
    "aerial vehicle": "drone", "aerial vehicles": "drone", "unmanned aircraft": "drone",
    "missile": "missile", "missiles": "missile", "rocket": "missile", "rockets": "missile",
    "cruise missile": "missile", "cruise missiles": "missile", "ballistic missile": "missile",
    "ballistic missiles": "missile", "iskander": "missile", "iskanders": "missile",
    "kinzhal": "missile", "kinzhals": "missile", "kalibr": "missile", "kalibrs": "missile",
    "atacms": "missile", "himars": "missile", "storm shadow": "missile", "storm shadows": "missile",
    "glide bomb": "bomb", "glide bombs": "bomb", "guided bomb": "bomb", "guided bombs": "bomb",
    "aerial bomb": "bomb", "aerial bombs": "bomb", "bomb": "bomb", "bombs": "bomb",
    "aircraft": "aircraft", "helicopter": "aircraft", "helicopters": "aircraft", "jet": "aircraft",
    "jets": "aircraft", "plane": "aircraft", "planes": "aircraft", "fighter jet": "aircraft",
    "fighter jets": "aircraft", "projectile": "missile", "projectiles": "missile",
    "unmanned boat": "boat", "unmanned boats": "boat", "naval drone": "boat", "naval drones": "boat",
    "sea drone": "boat", "sea drones": "boat", "unmanned surface vessel": "boat",
    "unmanned surface vessels": "boat",
}
OBJECT_MAX_WORDS = 3

#: Words that may stand between a number and its object noun ("20 Ukrainian attack drones").
OBJECT_MODIFIER_STOP = {
    "of", "in", "on", "over", "at", "by", "from", "to", "were", "was", "are", "is", "and", "or",
    "had", "have", "has", "been", "the", "a", "an", "with", "within", "for", "into", "across",
    "near", "above", "per", "that", "which", "than", "about", "people", "killed",
    "injured", "wounded", "hours", "minutes", "days", "regions", "cities", "villages", "times",
    "percent", "kilometres", "kilometers", "km", "miles", "metres", "meters", "houses", "homes",
}

#: After "a drone" / "an UAV": words that show the noun stands alone (not "a drone attack").
SINGLE_OBJECT_FOLLOWERS = {
    "that", "which", "was", "were", "is", "had", "has", "over", "near", "in", "on", "at", "above",
    "from", "fell", "crashed", "hit", "struck", "exploded", "attacked", "launched", "by", "into",
    "and", "targeting", "flying", "heading", "approaching", "of", "who", "when", "while", "after",
    "before", "during", "as", "carrying", "loaded", "with", "belonging", "shot", "downed", "hitting",
}

#: Words after a bare number that show it counts the same objects ("8 over Bryansk Oblast").
ELLIPSIS_PREPOSITIONS = {"over", "in", "above", "near", "across", "from", "on", "at", "against", "toward",
                         "towards"}

#: Event kinds and their trigger words (lower case, word stems matched at word start).
EVENT_TRIGGERS = {
    "debris": ("debris", "fragment", "wreckage", "remains of", "remnants", "parts of a drone",
               "fell", "falling", "crashed", "crash"),
    "shootdown": ("shot down", "shoot down", "shooting down", "downed", "intercept", "destroyed",
                  "destroy", "destruction", "neutralis", "neutraliz", "suppressed", "repelled",
                  "repulsed", "eliminated", "air defen", "air-defen", "anti-aircraft", "thwart", "foiled",
                  "tried to attack", "attempted to attack", "attempted attack", "attempt to attack"),
    "strike": ("strike", "struck", "hit", "attack", "explosion", "exploded", "blast", "shelling",
               "shelled", "bombard", "fire broke", "caught fire", "damaged", "damage", "targeted",
               "launched", "fired at", "fired on", "opened fire", "fired upon", "dropped", "detonat",
               "injured", "injuring", "wounded", "wounding", "killed", "killing", "came under fire"),
}
EVENT_PRIORITY = ("debris", "shootdown", "strike")
#: Shoot-down triggers that also fit buildings and pipelines: a shoot-down only with an aerial object named.
DESTROY_TRIGGERS = ("destroyed", "destroy", "destruction", "eliminated", "neutralis", "neutraliz")
AERIAL_WORDS = ("drone", "uav", "unmanned", "missile", "rocket", "shahed", "geran", "aircraft", "helicopter",
                "airborne", "air target", "aerial", "projectile", "lancet", "quadcopter", "jet", "plane")
#: Words that cancel a trigger just after them: "no damage", "without casualties".
NEGATIONS = {"no", "not", "without", "nor", "never"}

#: Phrases that make a sentence background (what happened before, in general), not a new incident.
BACKGROUND_CUES = ("in recent months", "in recent weeks", "in recent days", "over recent weeks",
                   "over recent months", "over the past months", "over the past weeks", "in the past months",
                   "since the start of the war", "since the beginning of the war", "since the full-scale",
                   "since the start of the full-scale", "has weathered", "have become increasingly",
                   "has repeatedly", "have repeatedly", "in previous attacks", "last year")

#: Words that open a clause describing a place ("the Bryansk region, which borders ...").
DESCRIPTION_OPENERS = ("which", "located", "situated", "bordering", "equidistant", "roughly", "lying")

#: Words before a capitalised name that mark it as a place even when no gazetteer knows it.
PLACE_CUES = {
    "village of", "town of", "city of", "settlement of", "hamlet of", "urban-type settlement of",
    "outskirts of", "suburbs of", "district of", "near the village of", "the village", "the town",
    "the city", "the settlement", "cities of", "villages of", "towns of",
}
#: Nouns that, after a capitalised name, mark it as a place ("Tulyanka village").
PLACE_SUFFIX_NOUNS = {"village", "town", "settlement", "hamlet", "township"}

#: Words between "from" and a name that make the name an origin ("launched from the occupied Crimea").
ORIGIN_FILLERS = {"the", "occupied", "temporarily", "direction", "directions", "of", "territory", "area",
                  "side", "annexed", "airfield", "airfields", "base", "bases", "russian", "ukrainian",
                  "russian-occupied", "northern", "southern", "eastern", "western"}

#: Words after a capital that make it an actor, not a place ("the Kiev regime", "Moscow says").
ACTOR_FOLLOWERS = {"regime", "government", "authorities", "forces", "troops", "army", "military",
                   "leadership", "says", "said", "claims", "claimed", "denies", "denied", "accused", "accuses",
                   "announced", "insists", "insisted", "warned", "warns", "responded", "retaliated"}

#: Nouns that announce a list of places ("the affected cities were A, B and C").
PLACE_LIST_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "settlement",
                    "settlements", "localities", "locality", "communities", "areas", "districts",
                    "hromadas", "populated areas"}

#: Region words that follow a region's name ("Kaluga region", "Krasnodar Krai").
REGION_WORDS = {"region", "regions", "oblast", "oblasts", "oblast'", "krai", "kray", "krais",
                "territory", "province", "provinces", "republic", "governorate", "autonomous okrug",
                "okrug", "area"}
REGION_PLURALS = {"regions", "oblasts", "krais", "provinces", "republics"}

#: Titles and roles that mark the next (or previous) capitalised words as a person.
PERSON_ROLES = {
    "governor", "mayor", "president", "minister", "spokesman", "spokeswoman", "spokesperson",
    "head", "chief", "commander", "general", "colonel", "lieutenant", "major", "captain",
    "mr", "mrs", "ms", "dr", "deputy", "senator", "lawmaker", "officer", "analyst", "blogger",
    "correspondent", "journalist", "secretary", "chairman", "director", "ombudsman", "prosecutor",
    "leader", "premier", "prime", "sergeant", "private", "admiral", "marshal", "patriarch",
    "adviser", "advisor", "aide", "representative", "envoy", "ambassador", "colleague", "pilot",
}
PERSON_VERBS = {"said", "says", "told", "wrote", "writes", "stated", "reported", "added", "noted",
                "claimed", "announced", "confirmed", "posted", "warned", "explained"}
# Endings so typical of surnames that a lone capitalised word with them is taken as a person
# only when a role or given name stands next to it; these alone are never enough:
STRONG_SURNAME_SUFFIXES = ("enko", "ovich", "evich", "ovna", "evna", "chuk")

#: Given names, and surnames of public figures often quoted in these reports.
PERSON_NAMES = set("""
Aleksandr Alexander Alexandr Oleksandr Aleksey Alexey Alexei Oleksiy Oleksii Andrei Andrey Andriy Andrii
Anatoly Anatoliy Anton Arkady Artem Artyom Boris Bohdan Dmitry Dmitri Dmytro Denis Denys Egor Yegor
Evgeny Yevgeny Yevhen Fyodor Gennady Georgy Grigory Hryhoriy Igor Ihor Ilya Illia Ivan Kirill Konstantin
Kostiantyn Leonid Maksim Maxim Maksym Mikhail Mykhailo Mykola Nikolai Nikolay Oleg Oleh Pavel Pavlo Petr
Pyotr Petro Roman Ruslan Sergei Sergey Serhiy Serhii Stanislav Stepan Taras Valery Valeriy Vadim Vadym
Vasily Vasyl Viktor Victor Vitaly Vitaliy Vitalii Vladimir Volodymyr Vladislav Vladyslav Vyacheslav
Yaroslav Yuri Yury Yuriy Yulia Yuliia Anna Elena Olena Irina Iryna Maria Mariya Natalia Nataliya Olga
Olha Svetlana Tatiana Tetiana Valentina Ekaterina Kateryna Lyudmila Liudmyla Marina Daria Darya
Alla Ella Inna Oksana Larisa Galina Halyna Zelensky Zelenskyy Putin Shoigu Gerasimov Belousov Peskov
Zakharova Kadyrov Lukashenko Prigozhin Medvedev Lavrov Gladkov Khinshtein Bogomaz Sobyanin Syrskyi
Budanov Umerov Shmyhal Sybiha Klitschko Syniehubov Terekhov Lysak Fedorov Kiper Prokudin Vilkul
Joe Donald John James Robert Michael William David Richard Joseph Thomas Charles Mark Paul Steven
Andrew Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric
Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Frank Raymond Patrick Jack Dennis
Jerry Tyler Aaron Jose Adam Henry Nathan Douglas Zachary Peter Kyle Walter Ethan Jeremy Harold Keith
Christian Roger Noah Gerald Carl Terry Sean Austin Arthur Lawrence Jesse Dylan Bryan Joe Jordan Billy
Bruce Albert Willie Gabriel Logan Alan Juan Wayne Roy Ralph Randy Eugene Vincent Russell Elijah Louis
Bobby Philip Johnny Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Brenda Pamela Nicole Emma
Samantha Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Heather Virginia Antony Emmanuel
Olaf Rishi Keir Boris Kaja Ursula Mette Giorgia Recep Jens Mark Volker Marco Mateusz Andrzej Radoslaw
""".split())

#: Capitalised words never taken as places by themselves (function words, months, titles,
#: institutions, and other words frequent in news that happen to name small places).
STOPWORDS = set("""
a an the this that these those there then than and or but nor so yet for of in on at to by from with
without within into onto over under above below across after before during since until while when
where which who whom whose what why how all any both each few more most other some such no not only
own same too very can will just should now also however meanwhile earlier later today yesterday
tonight tomorrow according as if it its he she they we you i his her their our your my me him them us
is are was were be been being have has had do does did said says say one two three four five six seven
eight nine ten eleven twelve first second third last next new old many much several about around near
north south east west northern southern eastern western central upper lower greater little big great
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday spring summer autumn winter morning evening night day week
month year governor mayor president minister ministry defense defence army navy air force forces
military police government administration office council parliament duma kremlin pentagon nato un
telegram twitter facebook x reuters tass ria novosti interfax ukrinform afp ap bbc cnn kyiv-independent
general colonel captain major lieutenant sergeant deputy chief head commander spokesman spokeswoman
drone drones uav uavs missile missiles rocket rockets region regions oblast oblasts krai republic
federation union state states city town village district territory province area zone front line
border frontline operation special military-operation unit brigade battalion regiment division
emergency emergencies service services committee agency bureau centre center station plant factory
refinery airport airfield base port bridge road street avenue square hospital school church
god lord victory liberty freedom independence unity peace war world europe european union western
monitoring monitor institute study analysis report reports source sources channel media news press
photo video footage image images map maps data update live breaking exclusive opinion analysis
russian ukrainian belarusian american british german french polish chinese iranian north-korean
russians ukrainians belarusians americans soviet western eastern moscow-backed pro-russian pro-kremlin
shahed shaheds geran lancet iskander kinzhal kalibr atacms himars storm shadow patriot iris-t nasams
mig su tu ka mi s-300 s-400 buk tor pantsir
mr mrs ms dr st saint san santa mount lake river sea bay gulf cape island islands
gas power water electricity energy fire heating light lights people residents children police rescuers
rescue medics doctors traffic trains flights schools shops houses buildings windows cars trucks damage
debris explosions sirens alert ground sky smoke flames work services repair crews teams citizens
civilians soldiers troops units officials authorities experts local regional national federal
international official preliminary further additional overnight afterwards subsequently previously
currently still already again once unfortunately fortunately separately similarly moreover besides
nevertheless recall details addendum background context update updated read watch see photo photos
jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
""".split())

#: Country names and demonyms: cues for the country of the story, never settlements.
COUNTRY_CUES = {
    "russia": "RU", "russian federation": "RU", "russian": "RU", "russians": "RU",
    "ukraine": "UA", "ukrainian": "UA", "ukrainians": "UA",
    "belarus": "BY", "belarusian": "BY", "belarusians": "BY",
    "moldova": "MD", "moldovan": "MD", "poland": "PL", "polish": "PL", "romania": "RO",
    "romanian": "RO", "georgia": "GE", "georgian": "GE", "lithuania": "LT", "latvia": "LV",
    "estonia": "EE", "finland": "FI", "kazakhstan": "KZ", "transnistria": "MD",
}
#: Country cues that are names (stronger) rather than demonyms.
COUNTRY_NAMES = {"russia", "russian federation", "ukraine", "belarus", "moldova", "poland", "romania",
                 "georgia", "lithuania", "latvia", "estonia", "finland", "kazakhstan", "transnistria"}
