/**
 * Curated German place names that GeoNames cannot tell us: its `alternatenames` column lists every
 * name of a city in every language, but without saying which one is German. This table says which.
 * scripts/build-gazetteer.ts checks each form against GeoNames' alternate names of the entry it picks
 * and records whether the data attests it (docs/gazetteer.md gives the count); forms GeoNames does not
 * know ("Dschenin", "Kyjiw") are this table's own, taken from German agency and Duden spelling.
 *
 * Format: "CC English GeoNames name = German name[, other German forms]". The first German form is
 * the canonical name; entries listed here are in the gazetteer whatever their population (they are
 * places German newsrooms write about).
 */
export const EXONYMS = `
RU Moscow = Moskau
RU Saint Petersburg = Sankt Petersburg, St. Petersburg
RU Nizhniy Novgorod = Nischni Nowgorod
RU Volgograd = Wolgograd
RU Yekaterinburg = Jekaterinburg
RU Novosibirsk = Nowosibirsk
RU Kazan = Kasan
RU Rostov-na-Donu = Rostow am Don, Rostow
RU Kaliningrad = Kaliningrad
RU Belgorod = Belgorod
RU Kursk = Kursk
UA Kyiv = Kiew, Kyjiw
UA Kharkiv = Charkiw, Charkow
UA Odesa = Odessa
UA Lviv = Lwiw, Lemberg
UA Dnipro = Dnipro
UA Zaporizhzhya = Saporischschja
UA Kherson = Cherson
UA Mariupol = Mariupol
UA Donetsk = Donezk
UA Luhansk = Luhansk
UA Bakhmut = Bachmut
UA Chernihiv = Tschernihiw
UA Mykolayiv = Mykolajiw
UA Sumy = Sumy
UA Pokrovsk = Pokrowsk
GE Tbilisi = Tiflis
AM Yerevan = Jerewan
AZ Baku = Baku
MD Chisinau = Chișinău, Kischinau
BY Minsk = Minsk
LT Vilnius = Vilnius, Wilna
LV Riga = Riga
EE Tallinn = Tallinn
PL Warsaw = Warschau
PL Kraków = Krakau
PL Wrocław = Breslau
PL Gdańsk = Danzig
PL Poznań = Posen
PL Szczecin = Stettin
PL Łódź = Łódź, Lodz
PL Opole = Oppeln, Opole
CZ Prague = Prag
CZ Brno = Brünn
CZ Pilsen = Pilsen
CZ Ostrava = Ostrau, Ostrava
SK Bratislava = Bratislava, Pressburg
HU Budapest = Budapest
RO Bucharest = Bukarest
RS Belgrade = Belgrad
BG Sofia = Sofia
GR Athens = Athen
GR Thessaloníki = Thessaloniki, Saloniki
SI Ljubljana = Ljubljana
HR Zagreb = Zagreb
BA Sarajevo = Sarajevo
AL Tirana = Tirana
MK Skopje = Skopje
ME Podgorica = Podgorica
XK Pristina = Pristina
CY Nicosia = Nikosia
MT Valletta = Valletta
IT Rome = Rom
IT Milan = Mailand
IT Naples = Neapel
IT Turin = Turin
IT Florence = Florenz
IT Venice = Venedig
IT Genoa = Genua
IT Palermo = Palermo
ES Madrid = Madrid
ES Barcelona = Barcelona
ES Valencia = Valencia
ES Sevilla = Sevilla
PT Lisbon = Lissabon
FR Paris = Paris
FR Strasbourg = Straßburg
FR Nice = Nizza
FR Marseille = Marseille
FR Lyon = Lyon
BE Brussels = Brüssel
BE Antwerpen = Antwerpen
BE Liège = Lüttich
NL Amsterdam = Amsterdam
NL The Hague = Den Haag
NL Rotterdam = Rotterdam
LU Luxembourg = Luxemburg
DK Copenhagen = Kopenhagen
SE Stockholm = Stockholm
SE Göteborg = Göteborg
SE Malmö = Malmö
NO Oslo = Oslo
FI Helsinki = Helsinki
IS Reykjavík = Reykjavík, Reykjavik
IE Dublin = Dublin
IE Cork = Cork
IE Limerick = Limerick
IE Gaillimh = Galway
GB London = London
GB Edinburgh = Edinburgh
VA Vatican City = Vatikanstadt
AT Vienna = Wien
AT Klagenfurt am Wörthersee = Klagenfurt
CH Genève = Genf
CH Zürich = Zürich
CH Luzern = Luzern
CH Biel/Bienne = Biel
CH Neuchâtel = Neuenburg
CH Sitten = Sitten
CH Fribourg = Fribourg, Freiburg
CH Delémont = Delémont, Delsberg
CH Porrentruy = Porrentruy, Pruntrut
DE Munich = München
DE Köln = Köln
DE Nürnberg = Nürnberg
DE Hannover = Hannover
DE Frankfurt am Main = Frankfurt am Main, Frankfurt
DE Halle (Saale) = Halle
DE Freiburg = Freiburg
DE Ludwigshafen am Rhein = Ludwigshafen
DE Mülheim = Mülheim an der Ruhr, Mülheim
TR Ankara = Ankara
TR Istanbul = Istanbul
TR Izmir = Izmir
IL Jerusalem = Jerusalem
IL Tel Aviv = Tel Aviv
IL Haifa = Haifa
PS Gaza = Gaza-Stadt, Gaza City
PS Ramallah = Ramallah
PS Hebron = Hebron
PS Janin = Dschenin, Jenin
PS Nablus = Nablus
PS Khan Yunis = Chan Junis
PS Rafah = Rafah
LB Beirut = Beirut
LB Tripoli = Tripoli
SY Damascus = Damaskus
SY Aleppo = Aleppo
SY Idlib = Idlib
JO Amman = Amman
JO Aqaba = Akaba, Aqaba
IQ Baghdad = Bagdad
IQ Mosul = Mossul
IQ Erbil = Erbil
IR Tehran = Teheran
SA Riyadh = Riad
SA Jeddah = Dschidda
SA Mecca = Mekka
AE Abu Dhabi = Abu Dhabi
AE Dubai = Dubai
QA Doha = Doha
OM Muscat = Maskat
YE Sanaa = Sanaa
YE Aden = Aden
BH Manama = Manama
KW Kuwait City = Kuwait-Stadt
AF Kabul = Kabul
PK Islamabad = Islamabad
PK Karachi = Karatschi
PK Lahore = Lahore
IN New Delhi = Neu-Delhi
IN Delhi = Delhi
IN Mumbai = Mumbai, Bombay
IN Kolkata = Kalkutta, Kolkata
IN Bengaluru = Bangalore, Bengaluru
IN Chennai = Chennai
NP Kathmandu = Kathmandu
BD Dhaka = Dhaka, Dakka
LK Colombo = Colombo
UZ Tashkent = Taschkent
TJ Dushanbe = Duschanbe
KG Bishkek = Bischkek
TM Ashgabat = Aschgabat
KZ Astana = Astana
KZ Almaty = Almaty
MN Ulan Bator = Ulan Bator, Ulaanbaatar
CN Beijing = Peking
CN Shanghai = Schanghai, Shanghai
CN Guangzhou = Guangzhou
CN Wuhan = Wuhan
CN Shenzhen = Shenzhen
HK Hong Kong = Hongkong
MO Macau = Macau
SG Singapore = Singapur, Singapore
TW Taipei = Taipeh
KP Pyongyang = Pjöngjang
KR Seoul = Seoul
JP Tokyo = Tokio
JP Osaka = Osaka
JP Kyoto = Kyoto
JP Hiroshima = Hiroshima
TH Bangkok = Bangkok
VN Hanoi = Hanoi
VN Ho Chi Minh City = Ho-Chi-Minh-Stadt, Saigon
KH Phnom Penh = Phnom Penh
LA Vientiane = Vientiane
MM Yangon = Rangun, Yangon
MM Nay Pyi Taw = Naypyidaw, Naypyitaw
MY Kuala Lumpur = Kuala Lumpur
ID Jakarta = Jakarta
PH Manila = Manila
AU Canberra = Canberra
AU Sydney = Sydney
NZ Wellington = Wellington
US Washington = Washington
US New York City = New York
US Los Angeles = Los Angeles
CA Ottawa = Ottawa
MX Mexico City = Mexiko-Stadt
CU Havana = Havanna
CO Bogotá = Bogotá, Bogota
VE Caracas = Caracas
PE Lima = Lima
EC Quito = Quito
BO La Paz = La Paz
CL Santiago = Santiago de Chile, Santiago
AR Buenos Aires = Buenos Aires
UY Montevideo = Montevideo
PY Asunción = Asunción, Asuncion
BR Brasília = Brasília, Brasilia
BR Rio de Janeiro = Rio de Janeiro
BR São Paulo = São Paulo, Sao Paulo
PA Panamá = Panama-Stadt
GT Guatemala City = Guatemala-Stadt
DZ Algiers = Algier
TN Tunis = Tunis
LY Tripoli = Tripolis
LY Benghazi = Bengasi
MA Rabat = Rabat
EG Cairo = Kairo
EG Alexandria = Alexandria
SD Khartoum = Khartum
SD Port Sudan = Port Sudan
SD El Fasher = El Fasher, Al-Faschir
SS Juba = Juba, Dschuba
ET Addis Ababa = Addis Abeba
ER Asmara = Asmara
SO Mogadishu = Mogadischu
KE Nairobi = Nairobi
UG Kampala = Kampala
RW Kigali = Kigali
TZ Dar es Salaam = Daressalam
TZ Dodoma = Dodoma
CD Kinshasa = Kinshasa
CD Goma = Goma
CG Brazzaville = Brazzaville
AO Luanda = Luanda
NA Windhoek = Windhuk, Windhoek
ZA Pretoria = Pretoria
ZA Cape Town = Kapstadt
ZA Johannesburg = Johannesburg
ZW Harare = Harare
ZM Lusaka = Lusaka
MZ Maputo = Maputo
NG Abuja = Abuja
NG Lagos = Lagos
NE Niamey = Niamey
ML Bamako = Bamako
BF Ouagadougou = Ouagadougou
SN Dakar = Dakar
GN Conakry = Conakry
GW Bissau = Bissau
GH Accra = Accra
CI Abidjan = Abidjan
CM Yaoundé = Jaunde, Yaoundé
TD N'Djamena = N'Djamena
CF Bangui = Bangui
IT Trento = Trient, Trento
IT Bolzano = Bozen, Bolzano
IT Merano = Meran, Merano
IT Bressanone = Brixen, Bressanone
IT Trieste = Triest, Trieste
IT Padova = Padua, Padova
IT Mantova = Mantua, Mantova
IT Siracusa = Syrakus, Siracusa
IR Tabriz = Täbris, Tabriz
IR Qom = Ghom, Qom
IR Mashhad = Maschhad, Mashhad
IR Shiraz = Schiras, Shiraz
AM Gyumri = Gjumri, Gyumri
GE Kutaisi = Kutaissi, Kutaisi
UZ Bukhara = Buchara
CN Nanjing = Nanjing, Nanking
KR Busan = Busan, Pusan
TZ Zanzibar = Sansibar
MA Marrakesh = Marrakesch, Marrakesh
GR Piraeus = Piräus
GR Pátra = Patras
BG Plovdiv = Plowdiw, Plovdiv
BG Varna = Warna, Varna
RO Cluj-Napoca = Cluj-Napoca, Cluj, Klausenburg
RO Sibiu = Sibiu, Hermannstadt
RO Timişoara = Timișoara, Timisoara, Timişoara, Temeswar
UA Sevastopol = Sewastopol
UA Yalta = Jalta
UA Kerch = Kertsch
UA Berdyansk = Berdjansk
UA Izium = Isjum
UA Kupiansk = Kupjansk
UA Avdiivka = Awdijiwka
UA Sloviansk = Slowjansk
UA Bucha = Butscha
UA Zhytomyr = Schytomyr
UA Vinnytsya = Winnyzja
UA Poltava = Poltawa
UA Cherkasy = Tscherkassy
UA Kremenchuk = Krementschuk
UA Rivne = Riwne
UA Lutsk = Luzk
UA Uzhgorod = Uschhorod
UA Chernivtsi = Czernowitz, Tscherniwzi
UA Ivano-Frankivsk = Iwano-Frankiwsk
UA Khmelnytskyi = Chmelnyzkyj
UA Kropyvnytskyy = Kropywnyzkyj
UA Kryvyy Rih = Krywyj Rih
UA Chasiv Yar = Tschassiw Jar
UA Toretsk = Torezk
UA Kostiantynivka = Kostjantyniwka
UA Selydove = Selydowe
UA Kurakhove = Kurachowe
UA Hulyaypole = Huljajpole
UA Orikhiv = Orichiw
UA Nova Kakhovka = Nowa Kachowka
UA Kakhovka = Kachowka
UA Vovchansk = Wowtschansk
UA Siversk = Siwersk
RU Sudzha = Sudscha
RU Sochi = Sotschi
RU Groznyy = Grosny
RU Makhachkala = Machatschkala
RU Vladivostok = Wladiwostok
RU Saratov = Saratow
RU Voronezh = Woronesch
RU Tver = Twer
RU Arkhangel’sk = Archangelsk
RU Pskov = Pskow
RU Bryansk = Brjansk
RU Orël = Orjol
RU Ryazan’ = Rjasan
RU Yaroslavl = Jaroslawl
RU Chelyabinsk = Tscheljabinsk
RU Tyumen = Tjumen
RU Krasnoyarsk = Krasnojarsk
RU Khabarovsk = Chabarowsk
RU Yakutsk = Jakutsk
BY Hrodna = Grodno, Hrodna
BY Vitebsk = Witebsk
BY Homyel' = Gomel, Homel
BY Mahilyow = Mogiljow, Mahiljou
BY Babruysk = Bobruisk
AZ Xankandi = Stepanakert, Chankendi
AZ Şuşa = Schuscha, Schuschi
AZ Nakhchivan = Nachitschewan
PL Katowice = Kattowitz, Katowice
CZ České Budějovice = Budweis, České Budějovice
ES Zaragoza = Saragossa, Zaragoza
FR Mulhouse = Mülhausen, Mulhouse
BE Brugge = Brügge, Brugge
NL Nijmegen = Nimwegen, Nijmegen
NL Arnhem = Arnheim, Arnhem
FR Dunkerque = Dünkirchen, Dunkerque
SY Ḩamāh = Hama
SY Ar Raqqah = Rakka, Raqqa
SY Dar‘ā = Daraa, Deraa
SY Ţarţūs = Tartus
IQ Basrah = Basra
IQ Najaf = Nadschaf, Najaf
IQ Karbala = Kerbela, Karbala
IQ Al Fallūjah = Falludscha
IQ As Sulaymānīyah = Sulaimanija, Suleimanija
IQ Dihok = Dohuk, Duhok
LB Tyre = Tyros, Tyrus
RO Braşov = Brașov, Brasov, Kronstadt
`;

/**
 * Metonyms: buildings and addresses that stand for a government (the seats of heads of state and government
 * and of defence ministries German copy names instead of them). Each entry: key, canonical German
 * name, country, and the written forms (inflected; compounds like "Kreml-Chef" and "Kremlchef" are
 * recognised by the prefix rule in places.ts for entries marked `prefix`).
 */
export const METONYMS: ReadonlyArray<{ key: string; name: string; code: string; forms: string[]; prefix?: string }> = [
  { key: "kreml", name: "Kreml", code: "RU", forms: ["Kreml", "Kremls"], prefix: "Kreml" },
  {
    key: "weisses-haus",
    name: "Weißes Haus",
    code: "US",
    forms: ["Weiße Haus", "Weißes Haus", "Weißen Haus", "Weißen Hauses", "Weissen Haus", "Weisse Haus", "Weisses Haus"],
  },
  {
    key: "elysee",
    name: "Élysée-Palast",
    code: "FR",
    forms: [
      "Élysée-Palast",
      "Élysée-Palasts",
      "Élyséepalast",
      "Élysée",
      "Elysée-Palast",
      "Elysée",
      "Elysee-Palast",
      "Elysee",
    ],
  },
  { key: "downing-street", name: "Downing Street", code: "GB", forms: ["Downing Street"] },
  {
    key: "kanzleramt",
    name: "Kanzleramt",
    code: "DE",
    forms: ["Kanzleramt", "Kanzleramts", "Kanzleramtes", "Bundeskanzleramt", "Bundeskanzleramts"],
  },
  { key: "vatikan", name: "Vatikan", code: "VA", forms: ["Vatikan", "Vatikans"] },
  { key: "schloss-bellevue", name: "Schloss Bellevue", code: "DE", forms: ["Schloss Bellevue", "Schloß Bellevue"] },
  { key: "bendlerblock", name: "Bendlerblock", code: "DE", forms: ["Bendlerblock", "Bendlerblocks"] },
  { key: "ballhausplatz", name: "Ballhausplatz", code: "AT", forms: ["Ballhausplatz", "Ballhausplatzes"] },
  { key: "hofburg", name: "Hofburg", code: "AT", forms: ["Hofburg"] },
  { key: "bundeshaus", name: "Bundeshaus", code: "CH", forms: ["Bundeshaus", "Bundeshauses"] },
  { key: "matignon", name: "Hôtel Matignon", code: "FR", forms: ["Hôtel Matignon", "Hotel Matignon", "Matignon"] },
  { key: "palazzo-chigi", name: "Palazzo Chigi", code: "IT", forms: ["Palazzo Chigi"] },
  { key: "quirinal", name: "Quirinal", code: "IT", forms: ["Quirinal", "Quirinals", "Quirinalspalast"] },
  { key: "moncloa", name: "Moncloa-Palast", code: "ES", forms: ["Moncloa-Palast", "Moncloa"] },
  { key: "catshuis", name: "Catshuis", code: "NL", forms: ["Catshuis"] },
  {
    key: "buckingham-palast",
    name: "Buckingham-Palast",
    code: "GB",
    forms: ["Buckingham-Palast", "Buckingham-Palasts", "Buckinghampalast", "Buckingham Palace"],
  },
  { key: "pentagon", name: "Pentagon", code: "US", forms: ["Pentagon", "Pentagons"], prefix: "Pentagon" },
  { key: "zhongnanhai", name: "Zhongnanhai", code: "CN", forms: ["Zhongnanhai"] },
  { key: "casa-rosada", name: "Casa Rosada", code: "AR", forms: ["Casa Rosada"] },
  { key: "planalto", name: "Palácio do Planalto", code: "BR", forms: ["Palácio do Planalto", "Planalto-Palast"] },
  // More seats of heads of state and government, and Vienna's finance ministry (as the Bendlerblock above).
  { key: "himmelpfortgasse", name: "Himmelpfortgasse", code: "AT", forms: ["Himmelpfortgasse"] },
  { key: "kantei", name: "Kantei", code: "JP", forms: ["Kantei", "Kanteis"] },
  {
    key: "malacanang",
    name: "Malacañang-Palast",
    code: "PH",
    forms: ["Malacañang-Palast", "Malacañang", "Malacanang"],
  },
  { key: "etoudi", name: "Etoudi-Palast", code: "CM", forms: ["Etoudi-Palast", "Etoudi"] },
  { key: "orbeliani", name: "Orbeliani-Palast", code: "GE", forms: ["Orbeliani-Palast"] },
  { key: "miraflores", name: "Miraflores-Palast", code: "VE", forms: ["Miraflores-Palast", "Palacio de Miraflores"] },
  { key: "la-moneda", name: "La Moneda", code: "CL", forms: ["La Moneda", "Palacio de La Moneda", "Moneda-Palast"] },
  { key: "rashtrapati-bhavan", name: "Rashtrapati Bhavan", code: "IN", forms: ["Rashtrapati Bhavan"] },
  // The Oval Office for the US president, the Quai d'Orsay for France's foreign ministry; German state governments
  // by their seats: a Staatskanzlei in every state but the city states, a Senatskanzlei in Berlin, Hamburg and
  // Bremen, Berlin's Rotes Rathaus.
  { key: "oval-office", name: "Oval Office", code: "US", forms: ["Oval Office", "Oval Offices"] },
  { key: "quai-d-orsay", name: "Quai d'Orsay", code: "FR", forms: ["Quai d'Orsay", "Quai d’Orsay"] },
  { key: "staatskanzlei", name: "Staatskanzlei", code: "DE", forms: ["Staatskanzlei"] },
  { key: "senatskanzlei", name: "Senatskanzlei", code: "DE", forms: ["Senatskanzlei"] },
  {
    key: "rotes-rathaus",
    name: "Rotes Rathaus",
    code: "DE",
    forms: ["Rotes Rathaus", "Rote Rathaus", "Roten Rathaus", "Roten Rathauses"],
  },
];

/**
 * City names that are also common German words (or, as all-caps, abbreviations). They count as a
 * place only with evidence: a preposition of place before them ("in Essen", "aus Halle"), a dateline
 * position, or an apposition ("die Stadt Essen"). "beim Essen", "die Halle", "der Zug" stay words.
 * Names that are lowercase words in the Debian word lists ("Essen", "Bergen", "Man", "Metro", "Split")
 * are marked by the gazetteer build instead ("~" in gazetteer.data.ts). This list keeps what those lists
 * cannot tell from a name: German nouns ("Hof", "Zug", "Norden"; the lists capitalise them like
 * "Berlin"), surnames ("Hamilton"), and curated names, which the build never marks ("Halle").
 */
export const COMMON_WORD_NAMES = new Set([
  "Male", // "zum ersten Male"; the capital of the Maldives is written Malé, or counts with evidence ("in Male")
  "Norden",
  "Halle",
  "Hamm",
  "Zug",
  "Mark",
  "Hof",
  "Lage",
  "Heide",
  "Geldern",
  "Stade",
  "Bünde",
  "Baar",
  "Achim",
  "Rain",
  "Hagen",
  "Lingen",
  "Werne",
  "Marl",
  "Olpe",
  "Wesel",
  "Peine",
  "Selb",
  "Datteln",
  "Menden",
  "Goch",
  "Kehl",
  "Greven",
  "Emden",
  "Gotha",
  "Traun",
  "Wels",
  "Steyr",
  "Thun",
  "Wil",
  "Emmen",
  "Uster",
  "Batman",
  "Nancy",
  "Mission",
  "Hollywood",
  "Victoria",
  "Columbia",
  "Normal",
  "Temple",
  "Aurora",
  "Bar",
  "Lens",
  "Mons",
  "Aba",
  "Ede",
  "Ica",
  "Leon",
  "León",
  "Armenia",
  "Florida",
  "Santa Clara",
  "Trinidad",
  "Mérida",
  "Hamilton",
  "George",
  "Jackson",
  "Lincoln",
  "Charlotte",
  "Austin",
  "Tyler",
  "Irving",
  "Madison",
  "Eugene",
  "Lawrence",
  "Davis",
  "Florence",
  "Arlington",
  "Kent",
  "Chester",
  "Preston",
  "Bolton",
  "Stanley",
  "Douglas",
  "Kingston",
  "Richmond",
  "Columbus",
  "Springfield",
  "Salem",
  "Paterson",
  "Pasadena",
  "Gary",
  "Carson",
  "Clinton",
  "Franklin",
  "Jefferson",
  "Marion",
  "Troy",
  "Beverly",
]);

/**
 * Words before a city that make it part of a club or company name ("Union Berlin", "Bayern München",
 * "Hertha BSC Berlin", "Real Madrid", "Inter Mailand"). Sports abbreviations (FC, SC, BSC, ...) are here too.
 */
/** A sports club's initials before its city ("1. FC Köln", "ESC Erfurt"; "SV Werder Bremen" has its own prefix). */
export const CLUB_INITIALS =
  /^(?:F?FC|SC|SV|SSV|FSV|TSV|TSG|VfB|VfL|VfR|SpVgg|RB|BV|TuS|SSC|USC|AC|AS|CF|SK|FK|NK|HC|EHC|ERC|THW|EC|ESC|DEC|EV|ESV|SG|HSG|TSC|ASV|MTV|LG|LAC)$/u;
export const CLUB_PREFIXES = new Set([
  "Union",
  "Hertha",
  "BSC",
  "Eintracht",
  "Bayern",
  "Borussia",
  "Werder",
  "Fortuna",
  "Dynamo",
  "Dinamo",
  "Hansa",
  "Energie",
  "Kickers",
  "Alemannia",
  "Arminia",
  "Holstein",
  "Rapid",
  "Austria",
  "Admira",
  "Sturm",
  "Real",
  "Atlético",
  "Atletico",
  "Inter",
  "Lazio",
  "Olympique",
  "Ajax",
  "Benfica",
  "Sporting",
  "Galatasaray",
  "Fenerbahce",
  "Fenerbahçe",
  "Besiktas",
  "Beşiktaş",
  "Spartak",
  "Zenit",
  "Lokomotive",
  "Lok",
  "Schachtar",
  "Partizan",
  "Legia",
  "Slavia",
  "Sparta",
  "ALBA",
  "Alba",
  "Füchse",
  "Eisbären",
  "Haie",
  "Adler",
  "Löwen",
  "Blau-Weiß",
  "Rot-Weiss",
  "Rot-Weiß",
  "Viktoria",
  "Tennis",
  "Turbine",
  "Stuttgarter",
  "Kölner",
  "Hamburger",
  "Berliner",
  "Münchner",
  "Frankfurter",
  "FC",
  "SC",
  "SV",
  "FSV",
  "TSV",
  "VfB",
  "VfL",
  "TSG",
  "RB",
  "AC",
  "AS",
  "SSC",
  "SpVgg",
  "MSV",
  "KSC",
  "HSV",
  "PSV",
  "BVB",
  // Multi-sport and other clubs' abbreviations: "SG Flensburg-Handewitt", "HSG Wetzlar", "TuS Koblenz",
  // "EHC Red Bull München" (with the sponsor's "Red Bull Salzburg"), "ERC Ingolstadt", "HC Davos".
  "SG",
  "HSG",
  "TuS",
  "EHC",
  "ERC",
  "HC",
  "Bull",
  // Handball: "THW Kiel", "TBV Lemgo", "GWD Minden", "TVB Stuttgart".
  "THW",
  "TBV",
  "GWD",
  "TVB",
]);

/** Words after a city that make it part of another name ("Washington Post", "Paris Hilton", "Union Berlin 1966"). */
export const NAME_CONTINUATIONS = new Set([
  // A municipality or district named after its place and a compass point: "Glarus Süd", "Hamburg Mitte".
  ...["Süd", "Nord", "Ost", "West", "Mitte"],
  "Post",
  "Times",
  "Journal",
  "Herald",
  "Tribune",
  "Irving",
  "Hilton",
  "Jackson",
  "Saint-Germain",
  "Capitals",
  "Wizards",
  "Nationals",
  "Commanders",
  "Knicks",
  "Yankees",
  "Mets",
  "Rangers",
  "Giants",
  "Jets",
  "Lakers",
  "Clippers",
  "Dodgers",
  "Kings",
  "Bulls",
  "United",
  "City",
  "Hotspur",
  "Consensus",
  "Declaration",
  "Convention",
  "Syndrome",
  "BSC",
  "SV",
  "FC",
  "Open",
  "Masters",
  "Marathon",
  // US subdivisions named after a town: "Buffalo Township", "Butler County" (the township or county, not the town).
  "Township",
  "County",
  // Companies named after a city: "Heidelberg Materials", "Singapore Airlines", "Dubai Holding".
  "Materials",
  "Cement",
  "Group",
  "Holding",
  "Airlines",
  "Airways",
  "Motors",
  "Energy",
  // Places whose name goes on: "Rehoboth Beach", "Palm Springs", "Niagara Falls", "Long Island".
  "Beach",
  "Bay",
  "Springs",
  "Falls",
  "Heights",
  "Hills",
  "Island",
  "Valley",
  "Harbor",
  "Creek",
]);

/**
 * Given names: a city right after one is a person's surname ("Denzel Washington", "George Washington").
 * A short list of names that actually precede city-surnames in the news, plus common ones.
 */
export const GIVEN_NAMES = new Set([
  "Denzel",
  "George",
  "Booker",
  "Kerry",
  "Harry",
  "Desmond",
  "Isaiah",
  "Ryan",
  "Craig",
  "Lewis",
  "Alexander",
  "Andrew",
  "Samuel",
  "Michael",
  "Janet",
  "Reggie",
  "Phil",
  "Jesse",
  "Peter",
  "Paul",
  "John",
  "James",
  "Thomas",
  "Hans",
  "Klaus",
  "Jan",
  "Jack",
  "Mary",
  "Martha",
  "Emma",
  "Anna",
  "Maria",
  "David",
  "Daniel",
  "Robert",
  "Richard",
  "William",
  "Charles",
  "Joseph",
  "Stefan",
  "Christian",
  "Martin",
  "Frank",
  "Karl",
  "Heinrich",
  "Friedrich",
  "Hermann",
  "Kai",
  "Tim",
  "Tom",
  "Ben",
  "Max",
  "Leon",
  "Luis",
  "Carlos",
  "Juan",
  "José",
  "Pedro",
]);

/**
 * Points of the compass that are also towns (Norden, Ostfriesland): "nach Norden", "von Norden" are
 * directions, so only "in"/"aus", an apposition or a dateline make them a place.
 */
export const COMPASS_NOUNS = new Set([
  "Norden",
  "Süden",
  "Osten",
  "Westen",
  "Nordosten",
  "Nordwesten",
  "Südosten",
  "Südwesten",
]);

/**
 * Sports words: in a sentence with one, a capitalised unknown word right before a city makes a club
 * ("bei Atalanta Bergamo antreten", "gegen Stahl Brandenburg verloren"). Matched inside compounds.
 */
export const SPORTS_WORDS =
  /Spiel|spiel|Partie|Trainer|Liga|liga|Königsklasse|Champions League|Pokal|pokal|Saison|Stadion|Mannschaft|Niederlage|Sieg|Remis|Unentschieden|Tabelle|Abstieg|Aufstieg|finale|Finale|Fußball|Handball|Basketball|Eishockey|Trikot|Treffer|Torjäger|Tore\b|Tor\b|Elfmeter|Klub|Verein|Spieltag|Meisterschaft|antreten|angepfiffen/u;

/**
 * A team's staff and players: after a city's genitive they make it the club ("Frankfurts Trainer",
 * "Werders Coach", "Dortmunds Kapitän"), not the city ("Berlins Bürgermeister" stays the city).
 */
export const TEAM_ROLES =
  /^(?:Trainer|Trainerin|Coach|Cheftrainer|Kapitän|Kapitänin|Torhüter|Torhüterin|Torwart|Keeper|Stürmer|Stürmerin|Sportdirektor|Sportvorstand|Sportchef|Abwehr|Defensive|Offensive|Mannschaft|Elf|Fans|Anhänger|Spieler|Spielerin|Spielmacher|Verteidiger|Torjäger|Neuzugang)$/u;

/**
 * Nouns of a venue whose name follows ("Hotel Astoria", "Traditionshotel Astoria", "Kino Babylon"): the
 * name is the venue's, not the city's. Words ending in one of the first group count too.
 */
export const VENUE_HEADS = /(?:hotel|restaurant|kino|kaufhaus|theater|diskothek|rastplatz|raststätte|rasthof)$/iu;
/** Heads of a foreign stadium's name, which is often a person's: "Estadio Santiago Bernabéu". */
export const STADIUM_HEADS = ["Estadio", "Stadio", "Stade"];
export const VENUE_NOUNS = new Set(["Bar", "Club", "Klub", "Café", "Lokal", "Kneipe", "Grandhotel", ...STADIUM_HEADS]);

/**
 * Institutions named after their seat: "Universität Kyoto", "Technische Universität Dresden", "Polizeipräsidium
 * Reutlingen", "Bistum Osnabrück", "Diözese Bozen-Brixen", "Landgericht Lüneburg", "ETH Zürich"; parties and
 * militias named like a town ("Regierungspartei Morena"); research centres ("Forschungszentrum Jülich"). The city
 * there is part of a name, as in a club's ("Werder Bremen"); where the article means the city it names it elsewhere.
 */
export const INSTITUTION_HEADS =
  /(?:universität|hochschule|akademie|präsidium|gericht|gerichtshof|staatsanwaltschaft|bistum|diözese|staatssammlung|klinikum|klinik|universitätsmedizin|polizei|polizeidirektion|polizeiinspektion|partei|miliz|bewegung|forschungszentrum|institut)s?$/iu;
/** A region's adjective before a place: "im bernischen Thun", "aus dem mittelfränkischen Roth" (not "zwischen"). */
export const isRegionalAdjective = (word: string) => /^\p{Ll}{3,}isch(?:en|em)$/u.test(word);

/** Nouns naming a region after which a city's name is the region's: "Landkreis Esslingen", "Region Valencia". */
export const REGION_HEADS = new Set([
  ...["Landkreis", "Landkreises", "Kreis", "Kreises", "Bezirk", "Bezirks", "Region", "Provinz", "Bundesstaat"],
  ...["Bundesstaats", "Bundesstaates", "Kanton", "Kantons", "Departement", "Departements", "Distrikt", "Gouvernement"],
  // A state or prefecture named after its capital: "im Land Salzburg", "des Landes Salzburg", "der Präfektur Nara".
  ...["Land", "Landes", "Bundesland", "Bundeslandes", "Präfektur", "Oblast", "Woiwodschaft", "Regierungsbezirk"],
  // A city's district named like a village elsewhere ("im Londoner Stadtteil Tottenham", "Stadtteil Bockenheim"), a
  // church's district named after its cities ("im Sprengel Hamburg und Lübeck").
  ...["Stadtteil", "Stadtteils", "Stadtviertel", "Stadtviertels", "Sprengel", "Sprengels"],
]);
/** Nouns for a river before its name, which a town may share: "am Grenzfluss Paraná", "der Fluss Aller". */
export const RIVER_HEADS = /(?:fluss|flusses|strom|stroms|stromes)$/iu;
export const INSTITUTION_ACRONYMS = new Set(["TU", "TH", "FH", "ETH", "EPFL", "LMU", "RWTH", "HU", "FU", "KIT"]);

/**
 * Words before a quotation that make it a title ("der „Meistersinger von Nürnberg“", "den Film
 * „Paris, Texas“"): a place inside it is part of the title. Speech quotations follow a colon or a verb.
 */
export const TITLE_INTRODUCERS = new Set([
  "der",
  "die",
  "das",
  "des",
  "dem",
  "den",
  "ein",
  "eine",
  "einer",
  "eines",
  "einem",
  "im",
  "vom",
  "zum",
  "zur",
  "beim",
  // A prize or a role for a work: "den Großen Preis für „Ein Nachmittag in Sokcho“".
  "für",
  "Oper",
  "Film",
  "Roman",
  "Buch",
  "Stück",
  "Theaterstück",
  "Titel",
  "Album",
  "Song",
  "Lied",
  "Serie",
  "Ausstellung",
  "Musical",
  "Operette",
  "Sinfonie",
  "Gedicht",
  "Dokumentarfilm",
  "Spielfilm",
  // A venue's or vessel's name: "das Kino „Regina“", "das Hotel „Astoria“".
  "Kino",
  "Hotel",
  "Restaurant",
  "Café",
  "Gasthaus",
  "Gasthof",
  "Theater",
  "Schiff",
  "Rettungsschiff",
]);

/** Appositions that announce a place: "die Stadt Essen", "die Hauptstadt Kiew", "der Hafen Hamburg". */
export const PLACE_APPOSITIONS = new Set([
  "Stadt",
  "Hauptstadt",
  "Großstadt",
  "Metropole",
  "Millionenstadt",
  "Hafenstadt",
  "Küstenstadt",
  "Grenzstadt",
  "Kreisstadt",
  "Landeshauptstadt",
  "Provinzhauptstadt",
  "Regionalhauptstadt",
  "Bezirkshauptstadt",
  "Universitätsstadt",
  "Industriestadt",
  "Ruhrgebietsstadt",
  "Ruhrstadt",
  "Domstadt",
  "Messestadt",
  "Bischofsstadt",
  "Gemeinde",
  "Ortschaft",
  "Kleinstadt",
  "Handelsmetropole",
  "Wirtschaftsmetropole",
  "Hafen",
  "Regierungssitz",
  "Großraum",
  "Ballungsraum",
]);

/** Prepositions (and dateline words) before a common-word city name that make it a place: "in Essen". */
export const PLACE_PREPOSITIONS = new Set([
  "in",
  "aus",
  "nach",
  "bei",
  "von",
  "nahe",
  "bis",
  "über",
  "via",
  "Richtung",
  "zwischen",
  "und",
]);

/**
 * Regions, states and Länder whose name starts or ends like a city ("Baden-Württemberg",
 * "Schleswig-Holstein", "Brandenburg" the Land vs Brandenburg an der Havel). Never places.
 */
export const NOT_PLACES = new Set([
  "Baden-Württemberg",
  "Schleswig-Holstein",
  "Sachsen-Anhalt",
  "Mecklenburg-Vorpommern",
  "Nordrhein-Westfalen",
  "Rheinland-Pfalz",
  "Brandenburg",
  "Berlin-Brandenburg",
  "Hessen",
  "Sachsen",
  "Thüringen",
  "Bayern",
  "Saarland",
  "Niedersachsen",
  "Bosnien-Herzegowina",
  "Guinea-Bissau",
  "Salzburger",
  "Georgia",
  // US states, as German copy writes them (not Washington and New York: the cities are meant far more often);
  // several are also towns elsewhere ("aus Florida" is not Florida, Cuba).
  ...["Alabama", "Alaska", "Arizona", "Arkansas", "Kalifornien", "Colorado", "Connecticut", "Delaware", "Florida"],
  ...["Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland"],
  ...["Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada"],
  ...["New Hampshire", "New Jersey", "New Mexico", "North Carolina", "Nord-Carolina", "North Dakota", "Ohio"],
  ...["Oklahoma", "Oregon", "Pennsylvania", "Pennsylvanien", "Rhode Island", "South Carolina", "Süd-Carolina"],
  ...["South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming"],
  "Victoria",
  "Santa",
  // The Gaza Strip, as German copy means "Gaza" and "Gaza-Krieg"; the city is "Gaza-Stadt", "Gaza City".
  "Gaza",
  "Mitte",
  "Zentrum",
  // The Olympic Games, as German copy means "Silber bei Olympia", "Olympia 2018"; not Olympia, Washington.
  "Olympia",
]);
