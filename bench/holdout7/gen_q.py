import json
K="Nørre Kildebro Kommune";S="Region Søndervang";L="Lundsø Kommune";F="Falkby Kommune";T="Tornhøj Kommune"
Q=[
("nk-01","hvad går delmål 2.2 ud på i nørre kildebro",K,[["genindlæggelser skal falde fra 11,2 procent"]],[["8"]],"structure"),
("nk-02","hvilke strategiske mål har nørre kildebro i ældrestrategien",K,[["Flere gode år i eget hjem"],["Sammenhæng og tryghed i plejen"],["holder ensomheden væk"],["Et godt arbejdsliv på ældreområdet"]],[["fire","4"]],"structure"),
("nk-03","hvor mange plejeboliger har nørre kildebro",K,[["Plejeboliger: 412"]],[["412"]],"fact"),
("nk-04","hvem har skrevet forordet til ældrestrategien i nørre kildebro",K,[["Birgitte Holm Lauridsen"]],[["Lauridsen"]],"fact"),
("nk-05","hvor mange penge går til døgnbemandet akutteam om året i nørre kildebro",K,[["Døgnbemandet akutteam"]],[["4,2"]],"table"),
("nk-06","jeg arbejder i hjemmeplejen i nørre kildebro, hvad betyder strategien for mig?",K,[["fast rehabiliteringsansvarlig"]],[["rehabilitering"]],"team"),
("nk-07","kort fortalt, hvad er visionen for ældreområdet i nørre kildebro",K,[["selvstændigt og meningsfuldt liv"]],[["selvstændigt"]],"overview"),
("sv-01","hvad står der under det tredje tema i psykiatriplanen i region søndervang",S,[["Bæltefikseringer halveres fra 412 episoder"],["sanserum og træning i de-eskalering"]],[["tvang"]],"structure"),
("sv-02","hvad er målsætning b under tema I i søndervangs psykiatriplan",S,[["Psykiatrilinjen er døgnåben fra 2026"]],[["Psykiatrilinjen"]],"structure"),
("sv-03","hvor mange nye sengepladser kommer der i region søndervang",S,[["18 nye sengepladser"]],[["18"]],"fact"),
("sv-04","hvor mange peer-medarbejdere vil region søndervang have ansat",S,[["25 peer-medarbejdere"]],[["25"]],"fact"),
("sv-05","hvad er baseline for andel udredt inden 30 dage i søndervang",S,[["Andel udredt inden 30 dage"]],[["61"]],"table"),
("sv-06","jeg er sygeplejerske på et sengeafsnit i region søndervang, hvad skal vi gøre ift tvang?",S,[["sanserum og træning i de-eskalering"]],[["sanserum"]],"team"),
("sv-07","What does the Region Søndervang psychiatry plan say about waiting times for assessment?",S,[["venter mere end 30 dage på udredning"]],[["30"]],"english"),
("lu-01","hvilke fokusområder har lundsø i børne- og ungepolitikken",L,[["Trivsel og mental sundhed"],["Tidlig og forebyggende indsats"],["Fællesskaber for alle"]],[["trivsel"]],"structure"),
("lu-02","hvad er punkt a under tidlig og forebyggende indsats i lundsø",L,[["familierådgiver tilknyttes hver daginstitution"]],[["familierådgiver"]],"structure"),
("lu-03","hvor mange børn skal have fritidspas i lundsø",L,[["fritidspas til 400 børn"]],[["400"]],"fact"),
("lu-04","hvem er børne- og ungechef i lundsø",L,[["Tobias Kragh, børne- og ungechef"]],[["Kragh"]],"fact"),
("lu-05","hvad koster familierådgiverne om året i lundsø",L,[["Familierådgivere"]],[["3,0"]],"table"),
("lu-06","jeg er pædagog i en daginstitution i lundsø, hvad betyder politikken for os?",L,[["familierådgiver tilknyttes hver daginstitution"]],[["familierådgiver"]],"team"),
("lu-07","hvad vil lundsø kort fortalt med børne- og ungepolitikken",L,[["Alle børn skal høre til"]],[["høre til"]],"overview"),
("fa-01","hvad er indsatsspor 2 i falkby",F,[["Virksomhederne som medspiller"]],[["virksomhed"]],"structure"),
("fa-02","hvilke indsatsspor har falkby i beskæftigelsesstrategien",F,[["Unge i uddannelse og job"],["Virksomhederne som medspiller"],["Vejen tilbage for sygemeldte"],["Flere med handicap i job"]],[["fire","4"]],"structure"),
("fa-03","hvor mange nye virksomheder skal virksomhedsservice besøge om året i falkby",F,[["besøger 150 nye virksomheder om året"]],[["150"]],"fact"),
("fa-04","hvem er jobcenterchef i falkby",F,[["Jobcenterchef (Susanne Lind)"]],[["Susanne Lind"]],"fact"),
("fa-05","hvad er målet for 2029 for unge på uddannelseshjælp i falkby",F,[["Unge under 30 på uddannelseshjælp"]],[["300"]],"table"),
("fa-06","jeg sidder i virksomhedsservice i falkby, hvordan kan vi bidrage til strategien?",F,[["besøger 150 nye virksomheder om året"]],[["150"]],"team"),
("fa-07","How fast should sick-listed citizens get their first meeting in Falkby?",F,[["inden for to uger efter sygemeldingen"]],[["two weeks","to uger","2 weeks"]],"english"),
("to-01","hvilke principper bygger handicappolitikken i tornhøj på",T,[["ligeværd, selvbestemmelse, tilgængelighed, inklusion og sammenhæng"]],[["selvbestemmelse"]],"structure"),
("to-02","hvad står der under bolig og hverdagsliv i tornhøjs handicappolitik",T,[["selv med til at lægge deres plan for hverdagen"]],[["plan"]],"structure"),
("to-03","hvor stort er budgettet på det specialiserede voksenområde i tornhøj",T,[["budget på 486 mio. kr."]],[["486"]],"fact"),
("to-04","hvor mange penge er der til tilgængelighedspuljen i tornhøj",T,[["2,0 mio. kr. årligt til en tilgængelighedspulje"]],[["2,0"]],"fact"),
("to-05","hvad er målet for 2029 for borgere i job eller fleksjob i tornhøj",T,[["Borgere i ordinært job eller fleksjob"]],[["400"]],"table"),
("to-06","jeg arbejder på et botilbud i tornhøj, hvad betyder politikken for os?",T,[["selv med til at lægge deres plan for hverdagen"]],[["plan"]],"team"),
("to-07","kort fortalt, hvad vil tornhøj med handicappolitikken",T,[["Et liv på lige fod"]],[["lige fod"]],"overview"),
]
R=[("re-01","hvornår bliver der ryddet sne på cykelstierne"),("re-02","hvad koster affaldsgebyret for et parcelhus"),("re-03","skal jeg søge byggetilladelse til en carport"),("re-04","hvad er kommunens mål for CO2-reduktion"),("re-05","hvornår har biblioteket åbent om søndagen")]
with open("questions.jsonl","w",encoding="utf-8") as f:
    for i,q,o,c,s,k in Q: f.write(json.dumps({"id":i,"q":q,"org":[o],"cite":c,"say":s,"kind":k},ensure_ascii=False)+"\n")
    for i,q in R: f.write(json.dumps({"id":i,"q":q,"say":[],"kind":"refuse"},ensure_ascii=False)+"\n")
