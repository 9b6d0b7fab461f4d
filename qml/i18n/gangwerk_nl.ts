<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>What your neighbours organise. Sign up, alone or together with a neighbour.</source>
            <translation>Wat je buren organiseren. Meld je aan, alleen of samen met een buur.</translation>
        </message>
        <message>
            <source>Which activities</source>
            <translation>Welke activiteiten</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Binnenkort</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Van mij</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Geweest</translation>
        </message>
        <message>
            <source>You have not signed up for anything yet. Look under “Coming up”.</source>
            <translation>Je hebt je nog nergens voor aangemeld. Kijk bij “Binnenkort”.</translation>
        </message>
        <message>
            <source>No activities in the last two months.</source>
            <translation>Geen activiteiten in de laatste twee maanden.</translation>
        </message>
        <message>
            <source>No activities planned yet. Your corridor is waiting for the first one.</source>
            <translation>Er zijn nog geen activiteiten gepland. Je gang wacht op de eerste.</translation>
        </message>
        <message>
            <source>No activities yet. Ask your gangmaker what is coming.</source>
            <translation>Nog geen activiteiten. Vraag je gangmaker wat er komt.</translation>
        </message>
        <message>
            <source>Choose an activity to see what it is and to sign up.</source>
            <translation>Kies een activiteit om te zien wat het is en om je aan te melden.</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>Activiteit plannen</translation>
        </message>
        <message>
            <source>Plan the first one</source>
            <translation>Plan de eerste</translation>
        </message>
        <message>
            <source>Plan the first activity</source>
            <translation>De eerste activiteit plannen</translation>
        </message>
        <message>
            <source>Add to my calendar</source>
            <translation>Zet in mijn agenda</translation>
        </message>
        <message>
            <source>Add my activities to my calendar</source>
            <translation>Zet mijn activiteiten in mijn agenda</translation>
        </message>
        <message>
            <source>Export programme</source>
            <translation>Programma als agendabestand</translation>
        </message>
        <message>
            <source>Export the programme as a calendar file</source>
            <translation>Bewaar het programma als agendabestand</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesRules</name>
        <message>
            <source>Only an activity that counts as hours gives time.</source>
            <translation>Alleen een activiteit die als uren telt, geeft tijd.</translation>
        </message>
        <message>
            <source>%1 is already booked then for “%2” (%3). Choose another time or place.</source>
            <translation>%1 is dan al bezet voor “%2” (%3). Kies een andere tijd of plek.</translation>
        </message>
        <message>
            <source>This activity is cancelled. You cannot sign up for it.</source>
            <translation>Deze activiteit gaat niet door. Je kunt je er niet voor aanmelden.</translation>
        </message>
        <message>
            <source>This activity has already started. You cannot sign up for it any more.</source>
            <translation>Deze activiteit is al begonnen. Je kunt je er niet meer voor aanmelden.</translation>
        </message>
        <message>
            <source>Signing up for this activity has closed. Ask the organiser if you still want to come.</source>
            <translation>Aanmelden voor deze activiteit is gesloten. Vraag de organisator als je toch wilt komen.</translation>
        </message>
        <message>
            <source>You are already signed up for this activity (or your neighbour is).</source>
            <translation>Je bent al aangemeld voor deze activiteit (of je buur is dat).</translation>
        </message>
        <message>
            <source>Choose a neighbour to come with, or come alone.</source>
            <translation>Kies een buur om samen mee te komen, of kom alleen.</translation>
        </message>
        <message>
            <source>%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>%1 is de huiskamer van een andere gang. Kies een ruimte voor iedereen, of de huiskamer van deze gang.</translation>
        </message>
        <message>
            <source>Give the activity a name, for example “Cooking together”.</source>
            <translation>Geef de activiteit een naam, bijvoorbeeld “Samen koken”.</translation>
        </message>
        <message>
            <source>The name is too long. Use at most %1 characters.</source>
            <translation>De naam is te lang. Gebruik hoogstens %1 tekens.</translation>
        </message>
        <message>
            <source>The description is too long. Use at most %1 characters.</source>
            <translation>De beschrijving is te lang. Gebruik hoogstens %1 tekens.</translation>
        </message>
        <message>
            <source>Choose where the activity takes place.</source>
            <translation>Kies waar de activiteit is.</translation>
        </message>
        <message>
            <source>This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>Dit is de huiskamer van een andere gang. Kies een ruimte voor iedereen, of de huiskamer van deze gang.</translation>
        </message>
        <message>
            <source>Choose the day and time it starts.</source>
            <translation>Kies de dag en de tijd waarop het begint.</translation>
        </message>
        <message>
            <source>This time has passed. Choose a time that is still to come.</source>
            <translation>Deze tijd is al voorbij. Kies een tijd die nog moet komen.</translation>
        </message>
        <message>
            <source>Choose an end after the start.</source>
            <translation>Kies een eindtijd na de begintijd.</translation>
        </message>
        <message>
            <source>An activity lasts at most %1 hours. Plan a longer one as two activities.</source>
            <translation>Een activiteit duurt hoogstens %1 uur. Plan een langere als twee activiteiten.</translation>
        </message>
        <message>
            <source>Choose between 1 and %1 places, or no limit.</source>
            <translation>Kies tussen 1 en %1 plaatsen, of geen grens.</translation>
        </message>
        <message>
            <source>Signing up must close before the activity starts.</source>
            <translation>Aanmelden moet sluiten voordat de activiteit begint.</translation>
        </message>
        <message>
            <source>Choose how long counts as hours: between 5 minutes and %1 hours.</source>
            <translation>Kies hoeveel tijd als uren telt: tussen 5 minuten en %1 uur.</translation>
        </message>
        <message>
            <source>The room is already booked then. Choose another time or place.</source>
            <translation>De ruimte is dan al bezet. Kies een andere tijd of plek.</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1, %2–%3</translation>
        </message>
        <message>
            <source>Every %1, until %2</source>
            <translation>Elke %1, tot %2</translation>
        </message>
        <message>
            <source>Every other %1, until %2</source>
            <translation>Om de week op %1, tot %2</translation>
        </message>
        <message>
            <source>The last %1 of every month, until %2</source>
            <translation>Elke laatste %1 van de maand, tot %2</translation>
        </message>
        <message>
            <source>Choose the last day the activity repeats.</source>
            <translation>Kies de laatste dag dat de activiteit terugkomt.</translation>
        </message>
        <message>
            <source>The last day must come after the first date. Choose a later day.</source>
            <translation>De laatste dag moet na de eerste datum komen. Kies een latere dag.</translation>
        </message>
        <message>
            <source>A series has at most %1 dates. Choose an earlier last day, or plan a new series later.</source>
            <translation>Een reeks heeft hoogstens %1 datums. Kies een eerdere laatste dag, of plan later een nieuwe reeks.</translation>
        </message>
        <message>
            <source>The first %1 of every month, until %2</source>
            <translation>Elke eerste %1 van de maand, tot %2</translation>
        </message>
        <message>
            <source>The second %1 of every month, until %2</source>
            <translation>Elke tweede %1 van de maand, tot %2</translation>
        </message>
        <message>
            <source>The third %1 of every month, until %2</source>
            <translation>Elke derde %1 van de maand, tot %2</translation>
        </message>
        <message>
            <source>The fourth %1 of every month, until %2</source>
            <translation>Elke vierde %1 van de maand, tot %2</translation>
        </message>
        <message>
            <source>This activity does not count as hours.</source>
            <translation>Deze activiteit telt niet als uren.</translation>
        </message>
        <message>
            <source>The organiser has not marked who came yet. You can ask after that.</source>
            <translation>De organisator heeft nog niet aangegeven wie er was. Daarna kun je het vragen.</translation>
        </message>
        <message>
            <source>You already asked to check these hours. Please wait for the answer.</source>
            <translation>Je hebt al gevraagd om deze uren te controleren. Wacht op het antwoord.</translation>
        </message>
        <message>
            <source>Write in a few words what is not right.</source>
            <translation>Schrijf in een paar woorden wat niet klopt.</translation>
        </message>
        <message>
            <source>Your reason can be at most %1 characters.</source>
            <translation>Je reden mag hoogstens %1 tekens hebben.</translation>
        </message>
        <message>
            <source>This question does not exist (any more).</source>
            <translation>Deze vraag bestaat niet (meer).</translation>
        </message>
        <message>
            <source>Someone has already answered this question.</source>
            <translation>Iemand heeft deze vraag al beantwoord.</translation>
        </message>
        <message>
            <source>This is your own question. Another organiser or the beheerder answers it.</source>
            <translation>Dit is je eigen vraag. Een andere organisator of de beheerder beantwoordt hem.</translation>
        </message>
        <message>
            <source>Write a short answer, so that your neighbour knows why.</source>
            <translation>Schrijf een kort antwoord, zodat je buur weet waarom.</translation>
        </message>
        <message>
            <source>Your answer can be at most %1 characters.</source>
            <translation>Je antwoord mag hoogstens %1 tekens hebben.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <source>Cancelled</source>
            <translation>Gaat niet door</translation>
        </message>
        <message>
            <source>You organise this</source>
            <translation>Jij organiseert dit</translation>
        </message>
        <message>
            <source>%1 · for everyone</source>
            <translation>%1 · voor iedereen</translation>
        </message>
    </context>
    <context>
        <name>ActivityDetail</name>
        <message>
            <source>You signed up together with %1. You will see here when it is confirmed.</source>
            <translation>Je hebt je samen met %1 aangemeld. Je ziet hier wanneer het bevestigd is.</translation>
        </message>
        <message>
            <source>You signed up. You will see here when it is confirmed.</source>
            <translation>Je bent aangemeld. Je ziet hier wanneer het bevestigd is.</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle activiteiten</translation>
        </message>
        <message>
            <source>Back to all activities</source>
            <translation>Terug naar alle activiteiten</translation>
        </message>
        <message>
            <source>%1 · for everyone in the project</source>
            <translation>%1 · voor iedereen in het project</translation>
        </message>
        <message>
            <source>%1 · for your corridor</source>
            <translation>%1 · voor jouw gang</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>Deze activiteit gaat niet door: %1</translation>
        </message>
        <message>
            <source>When someone signs off, the first on the list gets the place. You will see it here.</source>
            <translation>Meldt iemand zich af, dan krijgt de eerste op de lijst de plek. Je ziet het hier.</translation>
        </message>
        <message>
            <source>Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.</source>
            <translation>Je telefoon stuurt het zodra er internet is. De plekken gaan op volgorde van aanmelden.</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Op de wachtlijst</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Aanmelden</translation>
        </message>
        <message>
            <source>Join the waiting list for %1</source>
            <translation>Zet je op de wachtlijst voor %1</translation>
        </message>
        <message>
            <source>Sign up for %1</source>
            <translation>Aanmelden voor %1</translation>
        </message>
        <message>
            <source>Come with a neighbour…</source>
            <translation>Samen met een buur…</translation>
        </message>
        <message>
            <source>Sign up together with a neighbour for %1</source>
            <translation>Samen met een buur aanmelden voor %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Afmelden</translation>
        </message>
        <message>
            <source>Sign off from %1</source>
            <translation>Afmelden voor %1</translation>
        </message>
        <message>
            <source>You signed off. Your place goes to the next person on the waiting list.</source>
            <translation>Je bent afgemeld. Je plek gaat naar de volgende op de wachtlijst.</translation>
        </message>
        <message>
            <source>Cancel activity…</source>
            <translation>Activiteit afzeggen…</translation>
        </message>
        <message>
            <source>Cancel %1</source>
            <translation>%1 afzeggen</translation>
        </message>
        <message>
            <source>Come with a neighbour</source>
            <translation>Samen met een buur</translation>
        </message>
        <message>
            <source>You both get a place, or you wait together. Ask your neighbour first.</source>
            <translation>Jullie krijgen allebei een plek, of jullie wachten samen. Vraag het eerst aan je buur.</translation>
        </message>
        <message>
            <source>Choose a neighbour</source>
            <translation>Kies een buur</translation>
        </message>
        <message>
            <source>Neighbour to come with</source>
            <translation>Buur die meekomt</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Sign up together</source>
            <translation>Samen aanmelden</translation>
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation>%1 afzeggen?</translation>
        </message>
        <message>
            <source>Everyone who signed up is told, with your reason.</source>
            <translation>Iedereen die zich heeft aangemeld, hoort het, met jouw reden.</translation>
        </message>
        <message>
            <source>Why, in a few words</source>
            <translation>Waarom, in een paar woorden</translation>
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation>Waarom het niet doorgaat</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Laten staan</translation>
        </message>
        <message>
            <source>Keep the activity</source>
            <translation>De activiteit laten staan</translation>
        </message>
        <message>
            <source>Cancel activity</source>
            <translation>Activiteit afzeggen</translation>
        </message>
        <message>
            <source>The activity is cancelled. Everyone who signed up will see why.</source>
            <translation>De activiteit gaat niet door. Iedereen die zich heeft aangemeld, ziet waarom.</translation>
        </message>
        <message>
            <source>Who signed up</source>
            <translation>Wie zich heeft aangemeld</translation>
        </message>
        <message>
            <source>%1 – came</source>
            <translation>%1 – was er</translation>
        </message>
        <message>
            <source>%1 – coming</source>
            <translation>%1 – komt</translation>
        </message>
        <message>
            <source>%1 – waiting list, place %2</source>
            <translation>%1 – wachtlijst, plek %2</translation>
        </message>
        <message>
            <source>%1 – not yet confirmed</source>
            <translation>%1 – nog niet bevestigd</translation>
        </message>
        <message>
            <source>Who came?</source>
            <translation>Wie was er?</translation>
        </message>
        <message>
            <source>Mark who came to %1</source>
            <translation>Aangeven wie er was bij %1</translation>
        </message>
        <message>
            <source>Who came to %1?</source>
            <translation>Wie was er bij %1?</translation>
        </message>
        <message>
            <source>Everyone you tick gets the hours. You get your organising time.</source>
            <translation>Iedereen die je aanvinkt krijgt de uren. Jij krijgt je tijd voor het organiseren.</translation>
        </message>
        <message>
            <source>Tick who came.</source>
            <translation>Vink aan wie er was.</translation>
        </message>
        <message>
            <source>%1 came</source>
            <translation>%1 was er</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Save who came</source>
            <translation>Bewaren wie er was</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>Bewaard wie er was.</translation>
        </message>
        <message>
            <source>Give a place</source>
            <translation>Plek geven</translation>
        </message>
        <message>
            <source>Give %1 a place now</source>
            <translation>Geef %1 nu een plek</translation>
        </message>
        <message>
            <source>%1 has a place now and will be told.</source>
            <translation>%1 heeft nu een plek en krijgt bericht.</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>Alleen deze datum</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>Deze datum en alle latere datums</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>%1 wijzigen</translation>
        </message>
        <message>
            <source>Questions about hours</source>
            <translation>Vragen over uren</translation>
        </message>
        <message>
            <source>%1 asks for %2 (%3)</source>
            <translation>%1 vraagt %2 (%3)</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Goedkeuren</translation>
        </message>
        <message>
            <source>Accept: give %1 %2</source>
            <translation>Goedkeuren: geef %1 %2</translation>
        </message>
        <message>
            <source>Accepted. %1 gets %2.</source>
            <translation>Goedgekeurd. %1 krijgt %2.</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Afwijzen</translation>
        </message>
        <message>
            <source>Decline the question of %1</source>
            <translation>Wijs de vraag van %1 af</translation>
        </message>
        <message>
            <source>The hours stay as they are</source>
            <translation>De uren blijven zoals ze zijn</translation>
        </message>
        <message>
            <source>Tell %1 why.</source>
            <translation>Vertel %1 waarom.</translation>
        </message>
        <message>
            <source>For example: you left at 19:00.</source>
            <translation>Bijvoorbeeld: je ging om 19:00 weg.</translation>
        </message>
        <message>
            <source>Your answer to %1</source>
            <translation>Je antwoord aan %1</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Antwoord versturen</translation>
        </message>
        <message>
            <source>Send your answer to %1</source>
            <translation>Stuur je antwoord naar %1</translation>
        </message>
        <message>
            <source>Sent. %1 will see your answer.</source>
            <translation>Verstuurd. %1 ziet je antwoord.</translation>
        </message>
    </context>
    <context>
        <name>ActivityFormPage</name>
        <message>
            <source>%1, hours</source>
            <translation>%1, uren</translation>
        </message>
        <message>
            <source>%1, minutes</source>
            <translation>%1, minuten</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Alle activiteiten</translation>
        </message>
        <message>
            <source>Back to all activities, without saving</source>
            <translation>Terug naar alle activiteiten, zonder bewaren</translation>
        </message>
        <message>
            <source>Change the activity</source>
            <translation>Activiteit wijzigen</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>Activiteit plannen</translation>
        </message>
        <message>
            <source>Everyone who signed up sees the change.</source>
            <translation>Iedereen die zich heeft aangemeld, ziet de wijziging.</translation>
        </message>
        <message>
            <source>Your neighbours see it in the programme and can sign up.</source>
            <translation>Je buren zien het in het programma en kunnen zich aanmelden.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>For example: Cooking together</source>
            <translation>Bijvoorbeeld: Samen koken</translation>
        </message>
        <message>
            <source>Name of the activity</source>
            <translation>Naam van de activiteit</translation>
        </message>
        <message>
            <source>What will you do? (optional)</source>
            <translation>Wat gaan jullie doen? (mag leeg blijven)</translation>
        </message>
        <message>
            <source>For example: we make soup and eat together</source>
            <translation>Bijvoorbeeld: we maken soep en eten samen</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschrijving</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>Voor wie?</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Voor wie</translation>
        </message>
        <message>
            <source>My corridor (%1)</source>
            <translation>Mijn gang (%1)</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>Iedereen in het project</translation>
        </message>
        <message>
            <source>This stays as it was planned.</source>
            <translation>Dit blijft zoals het gepland is.</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>Waar?</translation>
        </message>
        <message>
            <source>Choose a place</source>
            <translation>Kies een plek</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Plek: %1</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Welke dag?</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>Dag: %1. Kies een andere dag</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Begint om</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Eindigt om</translation>
        </message>
        <message>
            <source>Only a limited number of places</source>
            <translation>Maar een beperkt aantal plekken</translation>
        </message>
        <message>
            <source>Number of places</source>
            <translation>Aantal plekken</translation>
        </message>
        <message>
            <source>places</source>
            <translation>plekken</translation>
        </message>
        <message>
            <source>Signing up closes before the start</source>
            <translation>Aanmelden sluit voor de start</translation>
        </message>
        <message>
            <source>Signing up closes on %1. Choose another day</source>
            <translation>Aanmelden sluit op %1. Kies een andere dag</translation>
        </message>
        <message>
            <source>Signing up closes at</source>
            <translation>Aanmelden sluit om</translation>
        </message>
        <message>
            <source>Coming counts as wederkerigheid</source>
            <translation>Meedoen telt als wederkerigheid</translation>
        </message>
        <message>
            <source>Hours it counts for</source>
            <translation>Aantal uren dat telt</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>uur</translation>
        </message>
        <message>
            <source>Minutes it counts for</source>
            <translation>Aantal minuten dat telt</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Cancel, without saving</source>
            <translation>Annuleren, zonder bewaren</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>Wijziging bewaren</translation>
        </message>
        <message>
            <source>Plan it</source>
            <translation>Inplannen</translation>
        </message>
        <message>
            <source>Saves the change to the programme.</source>
            <translation>Bewaart de wijziging in het programma.</translation>
        </message>
        <message>
            <source>Puts the activity in the programme.</source>
            <translation>Zet de activiteit in het programma.</translation>
        </message>
        <message>
            <source>Which dates do you change?</source>
            <translation>Welke datums verander je?</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>Alleen deze datum</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>Deze datum en alle latere datums</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Herhalen</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Niet herhalen</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Elke week</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Om de week</translation>
        </message>
        <message>
            <source>Every month (same week)</source>
            <translation>Elke maand (zelfde week)</translation>
        </message>
        <message>
            <source>Repeats: %1</source>
            <translation>Herhalen: %1</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Laatste dag</translation>
        </message>
        <message>
            <source>Last day: %1. Choose another day</source>
            <translation>Laatste dag: %1. Kies een andere dag</translation>
        </message>
    </context>
    <context>
        <name>ActivityWeek</name>
        <message>
            <source>Cancelled: %1</source>
            <translation>Gaat niet door: %1</translation>
        </message>
        <message>
            <source>Opens the activity</source>
            <translation>Opent de activiteit</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Gaat niet door</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Go to this week</source>
            <translation>Naar deze week</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Volgende week</translation>
        </message>
        <message>
            <source>Activities in the week of %1</source>
            <translation>Activiteiten in de week van %1</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Niets gepland</translation>
        </message>
    </context>
    <context>
        <name>AppShell</name>
        <message>
            <source>Home</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Uren invullen</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Mijn uren</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Gangwerk</source>
            <translation>Gangwerk</translation>
        </message>
        <message>
            <source>Demo: the data here is made up.</source>
            <translation>Demo: de gegevens hier zijn verzonnen.</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Activiteiten</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hulp</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Meer</translation>
        </message>
        <message>
            <source>Opens a list of the other screens</source>
            <translation>Opent een lijst met de andere schermen</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCard</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <source>Attendance over time</source>
            <translation>Wie er kwam, per maand</translation>
        </message>
        <message>
            <source>The bar shows who came; the number, who came of who signed up.</source>
            <translation>De balk laat zien wie er kwam. Het getal: wie er kwam van wie zich had aangemeld.</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Neighbour service</source>
            <translation>Buurtdienst</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commissie</translation>
        </message>
        <message>
            <source>Garden and building</source>
            <translation>Tuin en gebouw</translation>
        </message>
        <message>
            <source>Language and lessons</source>
            <translation>Taal en les</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Anders</translation>
        </message>
    </context>
    <context>
        <name>DayPicker</name>
        <message>
            <source>Choose a day</source>
            <translation>Kies een dag</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Vorige maand</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Volgende maand</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>DeviceLine</name>
        <message>
            <source>this device</source>
            <translation>dit apparaat</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>wacht op versturen</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Loskoppelen</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>%1 loskoppelen</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>never</source>
            <translation>nooit</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gisteren</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n dag geleden</numerusform>
                <numerusform>%n dagen geleden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisconnectDialog</name>
        <message>
            <source>%1 of %2 is disconnected.</source>
            <translation>%1 van %2 is losgekoppeld.</translation>
        </message>
        <message>
            <source>Disconnect %1?</source>
            <translation>%1 loskoppelen?</translation>
        </message>
        <message>
            <source>This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.</source>
            <translation>Dit apparaat van %1 kan daarna niets meer zien of versturen. De uren blijven staan. Om Gangwerk er weer op te gebruiken, is een nieuwe uitnodiging nodig.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Loskoppelen</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>%1 loskoppelen</translation>
        </message>
    </context>
    <context>
        <name>EmergencyGate</name>
        <message>
            <source>Danger now? Someone hurt, fire, violence? Call 112 first.</source>
            <translation>Nu gevaar? Iemand gewond, brand, geweld? Bel eerst 112.</translation>
        </message>
        <message>
            <source>Call 112</source>
            <translation>Bel 112</translation>
        </message>
        <message>
            <source>Call 112, the emergency number</source>
            <translation>Bel 112, het alarmnummer</translation>
        </message>
        <message>
            <source>Call %1 (day and night)</source>
            <translation>Bel %1 (dag en nacht)</translation>
        </message>
        <message>
            <source>The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3.</source>
            <translation>Het kantoor is nu dicht (open %1). De beheerder leest je signaal als het kantoor opengaat: %2. Is het dringend? Bel %3.</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <source>Connect to your housing project</source>
            <translation>Verbind met je woonproject</translation>
        </message>
        <message>
            <source>Your beheerder gives you a server address and an invite code. You only do this once on this device.</source>
            <translation>Je beheerder geeft je een adres en een uitnodigingscode. Dit doe je maar één keer op dit apparaat.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Adres van je project</translation>
        </message>
        <message>
            <source>Starts with https://. An address with http:// only works for a test server on this computer.</source>
            <translation>Begint met https://. Een adres met http:// werkt alleen voor een testserver op deze computer.</translation>
        </message>
        <message>
            <source>Invite code</source>
            <translation>Uitnodigingscode</translation>
        </message>
        <message>
            <source>Name of this device</source>
            <translation>Naam van dit apparaat</translation>
        </message>
        <message>
            <source>So you and your beheerder can recognise it later.</source>
            <translation>Zo herkennen jij en je beheerder het later.</translation>
        </message>
        <message>
            <source>Your name (if you want)</source>
            <translation>Je naam (als je wilt)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Je naam</translation>
        </message>
        <message>
            <source>Leave it empty if your beheerder already wrote down your name.</source>
            <translation>Laat dit leeg als je beheerder je naam al heeft opgeschreven.</translation>
        </message>
        <message>
            <source>Connecting… This can take a moment.</source>
            <translation>Bezig met verbinden… Dit kan even duren.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Connects this device to your housing project.</source>
            <translation>Verbindt dit apparaat met je woonproject.</translation>
        </message>
        <message>
            <source>Got a link or a QR code from your beheerder? Open it on this device: everything is filled in.</source>
            <translation>Heb je een link of een QR-code van je beheerder? Open die op dit apparaat. Dan wordt alles voor je ingevuld.</translation>
        </message>
        <message>
            <source>Capital letters, spaces and dashes do not matter. You can also paste the invite link here.</source>
            <translation>Hoofdletters, spaties en streepjes maken niet uit. Je kunt hier ook de uitnodigingslink plakken.</translation>
        </message>
    </context>
    <context>
        <name>HelpBoardPage</name>
        <message>
            <source>Help each other</source>
            <translation>Elkaar helpen</translation>
        </message>
        <message>
            <source>Small help between neighbours: groceries, a chat, a form.</source>
            <translation>Kleine hulp tussen buren: boodschappen, een praatje, een formulier.</translation>
        </message>
        <message>
            <source>Ask or offer help</source>
            <translation>Hulp vragen of bieden</translation>
        </message>
        <message>
            <source>Which requests and offers</source>
            <translation>Welke vragen en aanbiedingen</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>Voor mij</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Van mij</translation>
        </message>
        <message>
            <source>I help</source>
            <translation>Ik help</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>You have not asked or offered anything yet. Neighbours like to help: ask for what you need.</source>
            <translation>Je hebt nog niets gevraagd of aangeboden. Buren helpen graag: vraag wat je nodig hebt.</translation>
        </message>
        <message>
            <source>You do not help with anything yet. Look under "For me".</source>
            <translation>Je helpt nog nergens mee. Kijk bij "Voor mij".</translation>
        </message>
        <message>
            <source>No open requests. Nothing waits for you.</source>
            <translation>Geen open vragen. Er wacht niets op jou.</translation>
        </message>
        <message>
            <source>Nobody asks or offers anything right now.</source>
            <translation>Op dit moment vraagt of biedt niemand iets.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Your hours</source>
            <translation>Mijn uren</translation>
        </message>
        <message>
            <source>Everything you logged. Changes stay visible, so it is always clear what happened.</source>
            <translation>Alles wat je hebt ingevuld. Wijzigingen blijven zichtbaar, zo is altijd duidelijk wat er gebeurd is.</translation>
        </message>
        <message>
            <source>No hours logged yet. When you log hours, you will see them here.</source>
            <translation>Nog geen uren ingevuld. Als je uren invult, zie je ze hier.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <source>Change or remove: %1</source>
            <translation>Wijzigen of weghalen: %1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Wijzigen</translation>
        </message>
        <message>
            <source>Change this entry</source>
            <translation>Deze uren wijzigen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Weghalen</translation>
        </message>
        <message>
            <source>Remove this entry</source>
            <translation>Deze uren weghalen</translation>
        </message>
        <message>
            <source>Remove this entry?</source>
            <translation>Deze uren weghalen?</translation>
        </message>
        <message>
            <source>The hours no longer count. The entry stays in your history, crossed out.</source>
            <translation>De uren tellen dan niet meer mee. Ze blijven doorgestreept in je overzicht staan.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Laten staan</translation>
        </message>
        <message>
            <source>Removed. The entry stays in your history, crossed out.</source>
            <translation>Weggehaald. De uren blijven doorgestreept in je overzicht staan.</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>nog niet verstuurd</translation>
        </message>
        <message>
            <source>Stored on this device, not sent to your project yet</source>
            <translation>Bewaard op dit apparaat, nog niet naar je project verstuurd</translation>
        </message>
        <message>
            <source>Not accepted by your project.</source>
            <translation>Niet geaccepteerd door je project.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>Klopt niet?</translation>
        </message>
        <message>
            <source>Not right? Ask the organiser to check: %1</source>
            <translation>Klopt niet? Vraag de organisator om te controleren: %1</translation>
        </message>
        <message>
            <source>Ask to check your hours</source>
            <translation>Vraag om je uren te controleren</translation>
        </message>
        <message>
            <source>How many minutes are right?</source>
            <translation>Hoeveel minuten kloppen?</translation>
        </message>
        <message>
            <source>Minutes that are right</source>
            <translation>Minuten die kloppen</translation>
        </message>
        <message>
            <source>Why? For example: I stayed to clean up.</source>
            <translation>Waarom? Bijvoorbeeld: ik bleef om op te ruimen.</translation>
        </message>
        <message>
            <source>Why is it not right?</source>
            <translation>Waarom klopt het niet?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Versturen</translation>
        </message>
        <message>
            <source>Send the question to the organiser</source>
            <translation>Stuur de vraag naar de organisator</translation>
        </message>
        <message>
            <source>Sent. The organiser will check it.</source>
            <translation>Verstuurd. De organisator kijkt ernaar.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it.</source>
            <translation>Je uren staan even stil tot en met %1. Zorg goed voor jezelf. Help je toch iemand? Dan kun je dat gewoon invullen.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this month.</source>
            <translation>Het is je gelukt! Dank je wel voor alles wat je deze maand voor je buren hebt gedaan.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this week.</source>
            <translation>Het is je gelukt! Dank je wel voor alles wat je deze week voor je buren hebt gedaan.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Deze maand nog niets ingevuld, en dat is oké. Je hebt nog %n dag. Ook een klein klusje voor een buur telt mee.</numerusform>
                <numerusform>Deze maand nog niets ingevuld, en dat is oké. Je hebt nog %n dagen. Ook een klein klusje voor een buur telt mee.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Deze week nog niets ingevuld, en dat is oké. Je hebt nog %n dag. Ook een klein klusje voor een buur telt mee.</numerusform>
                <numerusform>Deze week nog niets ingevuld, en dat is oké. Je hebt nog %n dagen. Ook een klein klusje voor een buur telt mee.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps.</source>
            <translation>
                <numerusform>Goed bezig! Nog %1 te gaan, en je hebt nog %n dag. Elk uur helpt.</numerusform>
                <numerusform>Goed bezig! Nog %1 te gaan, en je hebt nog %n dagen. Elk uur helpt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hi %1!</source>
            <translation>Hoi %1!</translation>
        </message>
        <message>
            <source>Hi!</source>
            <translation>Hoi!</translation>
        </message>
        <message>
            <source>%1 · asked: %2</source>
            <translation>%1 · gevraagd: %2</translation>
        </message>
        <message>
            <source>This month: %1</source>
            <translation>Deze maand: %1</translation>
        </message>
        <message>
            <source>This week: %1</source>
            <translation>Deze week: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>staat stil</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>van %1</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Hoe ver je bent</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>%1 van %2 gedaan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Still to go</source>
            <translation>Nog te gaan</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Dagen over</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Wat kun je nu doen?</translation>
        </message>
        <message numerus="yes">
            <source>Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back.</source>
            <translation>
                <numerusform>Heb je iemand geholpen? Vul het nu in, dan weet je het nog goed. Je kunt uren invullen tot %n dag terug.</numerusform>
                <numerusform>Heb je iemand geholpen? Vul het nu in, dan weet je het nog goed. Je kunt uren invullen tot %n dagen terug.</numerusform>
            </translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Uren invullen</translation>
        </message>
        <message>
            <source>Opens the form to log the hours you gave.</source>
            <translation>Opent het formulier om je uren in te vullen.</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>De laatste 12 maanden</translation>
        </message>
        <message>
            <source>All hours</source>
            <translation>Alle uren</translation>
        </message>
        <message>
            <source>Show all your hours</source>
            <translation>Al je uren bekijken</translation>
        </message>
        <message>
            <source>You look after %1</source>
            <translation>Jij zorgt voor %1</translation>
        </message>
        <message>
            <source>The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours.</source>
            <translation>De uren worden aan de bewoners gevraagd. Bij Bewoners zie je hoe het met iedereen gaat, en kun je de uren van iemand pauzeren.</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>Opens the overview of all residents' hours.</source>
            <translation>Opent het overzicht van de uren van alle bewoners.</translation>
        </message>
        <message>
            <source>%1 · your hours are paused</source>
            <translation>%1 · je uren staan op pauze</translation>
        </message>
        <message>
            <source>%1 done. Your hours are paused until %2.</source>
            <translation>%1 gedaan. Je uren staan op pauze tot en met %2.</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>Pauze tot</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>Misschien een gesprek waard</translation>
        </message>
        <message>
            <source>In %1, everyone did at least half of what was asked so far.</source>
            <translation>In %1 heeft iedereen minstens de helft gedaan van wat tot nu toe gevraagd is.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>en nog %n ander</numerusform>
                <numerusform>en nog %n anderen</numerusform>
            </translation>
        </message>
        <message>
            <source>In %1, they did less than half of what was asked so far: %2.</source>
            <translation>In %1 deden zij minder dan de helft van wat tot nu toe gevraagd is: %2.</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>Laat zien</translation>
        </message>
        <message>
            <source>Show the residents who may need a conversation</source>
            <translation>Laat de bewoners zien met wie een gesprek misschien goed is</translation>
        </message>
    </context>
    <context>
        <name>HoursRules</name>
        <message>
            <source>Choose the day you helped.</source>
            <translation>Kies de dag waarop je hielp.</translation>
        </message>
        <message>
            <source>This day is in the future. Log hours after you did them.</source>
            <translation>Deze dag is nog niet geweest. Log je uren nadat je ze gedaan hebt.</translation>
        </message>
        <message numerus="yes">
            <source>This day is more than %n days ago. Ask your beheerder to add it.</source>
            <translation>
                <numerusform>Deze dag is meer dan %n dag geleden. Vraag je beheerder om de uren toe te voegen.</numerusform>
                <numerusform>Deze dag is meer dan %n dagen geleden. Vraag je beheerder om de uren toe te voegen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Log at least %n minutes.</source>
            <translation>
                <numerusform>Log minstens %n minuut.</numerusform>
                <numerusform>Log minstens %n minuten.</numerusform>
            </translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total. You can add %2 more on this day.</source>
            <translation>Op één dag kun je samen hoogstens %1 uur invullen. Op deze dag kan er nog %2 bij.</translation>
        </message>
        <message>
            <source>Choose what kind of help it was.</source>
            <translation>Kies wat voor hulp het was.</translation>
        </message>
        <message numerus="yes">
            <source>The note is too long. Use at most %n characters.</source>
            <translation>
                <numerusform>De notitie is te lang. Gebruik hoogstens %n teken.</numerusform>
                <numerusform>De notitie is te lang. Gebruik hoogstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry does not exist (any more).</source>
            <translation>Deze uren bestaan niet (meer).</translation>
        </message>
        <message>
            <source>You can only change your own hours.</source>
            <translation>Je kunt alleen je eigen uren wijzigen.</translation>
        </message>
        <message>
            <source>This entry was removed. Log the hours again instead.</source>
            <translation>Deze uren zijn weggehaald. Log ze dan opnieuw.</translation>
        </message>
        <message>
            <source>This entry was already changed. Change the newest version instead.</source>
            <translation>Deze uren zijn al gewijzigd. Wijzig dan de nieuwste versie.</translation>
        </message>
        <message numerus="yes">
            <source>One entry can be at most %n hours. Split a longer day into parts.</source>
            <translation>
                <numerusform>Eén keer invullen kan hoogstens %n uur zijn. Verdeel een lange dag in delen.</numerusform>
                <numerusform>Eén keer invullen kan hoogstens %n uur zijn. Verdeel een lange dag in delen.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry is too long ago to change. Ask your beheerder to change it.</source>
            <translation>Deze uren zijn te lang geleden om te veranderen. Vraag je beheerder om het te veranderen.</translation>
        </message>
        <message>
            <source>This removal does not match the entry it removes. Nothing was changed.</source>
            <translation>Dit weghalen past niet bij de uren die het weghaalt. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total.</source>
            <translation>Op één dag kun je in totaal hoogstens %1 uur invullen.</translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n uur</numerusform>
                <numerusform>%n uur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>hours, then minutes: 2 h 30 min</comment>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Living here means helping each other</source>
            <translation>Hier wonen is elkaar helpen</translation>
        </message>
        <message>
            <source>In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid.</source>
            <translation>In je woonproject doen buren dingen voor elkaar. Je project vraagt iedereen om een paar uur per maand. Dat heet wederkerigheid.</translation>
        </message>
        <message>
            <source>What counts</source>
            <translation>Wat telt mee</translation>
        </message>
        <message>
            <source>Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too.</source>
            <translation>Boodschappen voor een buur, een praatje, hulp met een formulier of een computer, samen koken, werken in de tuin, een bewonersavond. Kleine dingen tellen ook.</translation>
        </message>
        <message>
            <source>Your hours, safe on this device</source>
            <translation>Je uren, veilig op dit apparaat</translation>
        </message>
        <message>
            <source>You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them.</source>
            <translation>Je schrijft op hoeveel uur je hebt geholpen. Dat staat op slot op dit apparaat en gaat alleen naar je beheerder. Je buren zien het niet.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Stap %1 van %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Overslaan</translation>
        </message>
        <message>
            <source>Skip the introduction</source>
            <translation>Uitleg overslaan</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Verder</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Beginnen</translation>
        </message>
    </context>
    <context>
        <name>InviteLink</name>
        <message>
            <source>This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>Dit is geen uitnodigingslink van Gangwerk. Vraag je beheerder om een nieuwe, of typ het adres en de code.</translation>
        </message>
        <message>
            <source>This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>In deze uitnodigingslink staat geen goed adres. Vraag je beheerder om een nieuwe, of typ het adres en de code.</translation>
        </message>
        <message>
            <source>This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>In deze uitnodigingslink staat geen goede code. Vraag je beheerder om een nieuwe, of typ het adres en de code.</translation>
        </message>
    </context>
    <context>
        <name>KnockOutcome</name>
        <message>
            <source>I spoke to them</source>
            <translation>Ik heb met diegene gepraat</translation>
        </message>
        <message>
            <source>Nobody answered</source>
            <translation>Niemand deed open</translation>
        </message>
        <message>
            <source>They asked for the beheerder</source>
            <translation>Diegene wil de beheerder spreken</translation>
        </message>
    </context>
    <context>
        <name>KnockTasksCard</name>
        <message>
            <source>Knock on a door</source>
            <translation>Aankloppen</translation>
        </message>
        <message>
            <source>Asked by %1. How did it go?</source>
            <translation>Gevraagd door %1. Hoe ging het?</translation>
        </message>
        <message>
            <source>Thank you. The beheerder sees how it went.</source>
            <translation>Dank je. De beheerder ziet hoe het ging.</translation>
        </message>
    </context>
    <context>
        <name>LogHoursPage</name>
        <message>
            <source>Change an entry</source>
            <translation>Uren wijzigen</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Uren invullen</translation>
        </message>
        <message>
            <source>Your old entry stays in your history, crossed out, so everything stays clear.</source>
            <translation>Je oude uren blijven doorgestreept in je overzicht staan. Zo blijft alles duidelijk.</translation>
        </message>
        <message>
            <source>Thank you for helping! Fill in what you did.</source>
            <translation>Fijn dat je hebt geholpen! Vul in wat je gedaan hebt.</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Welke dag?</translation>
        </message>
        <message>
            <source>How long?</source>
            <translation>Hoe lang?</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Uren</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>uur</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>minuten</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>Wat voor hulp?</translation>
        </message>
        <message>
            <source>Kind of help</source>
            <translation>Soort hulp</translation>
        </message>
        <message>
            <source>What did you do? (optional)</source>
            <translation>Wat heb je gedaan? (mag leeg blijven)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 of %2 characters used</source>
            <translation>%1 van %2 tekens gebruikt</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>Wijziging opslaan</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Stores these hours on this device.</source>
            <translation>Bewaart deze uren op dit apparaat.</translation>
        </message>
        <message>
            <source>For example: groceries for a neighbour</source>
            <translation>Bijvoorbeeld: boodschappen voor een buur</translation>
        </message>
        <message>
            <source>Another day…</source>
            <translation>Een andere dag…</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>Dag: %1. Kies een andere dag</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Gangwerk</source>
            <translation>Gangwerk</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Je gegevens worden geopend…</translation>
        </message>
        <message>
            <source>Gangwerk keeps your hours safe and encrypted on this device.</source>
            <translation>Gangwerk bewaart je uren veilig en versleuteld op dit apparaat.</translation>
        </message>
        <message>
            <source>Gangwerk cannot open your data</source>
            <translation>Gangwerk kan je gegevens niet openen</translation>
        </message>
        <message>
            <source>Nothing was changed or deleted. If this keeps happening, ask your beheerder for help.</source>
            <translation>Er is niets veranderd of weggegooid. Gebeurt dit vaker? Vraag dan je beheerder om hulp.</translation>
        </message>
    </context>
    <context>
        <name>MemberRow</name>
        <message>
            <source>gangmaker</source>
            <translation>gangmaker</translation>
        </message>
        <message>
            <source>Hours paused until %1</source>
            <translation>Uren gepauzeerd tot en met %1</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>Pauze wijzigen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauzeren</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>De pauze van %1 wijzigen</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>De uren van %1 pauzeren</translation>
        </message>
        <message>
            <source>%1 done, hours paused until %2</source>
            <translation>%1 gedaan, uren gepauzeerd tot en met %2</translation>
        </message>
        <message>
            <source>%1 done</source>
            <translation>%1 gedaan</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>Misschien een gesprek waard</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Nog niet verbonden</translation>
        </message>
        <message>
            <source>studio %1</source>
            <translation>studio %1</translation>
        </message>
    </context>
    <context>
        <name>MonthChart</name>
        <message>
            <source>Your hours in the last 12 months</source>
            <translation>Je uren in de laatste 12 maanden</translation>
        </message>
        <message>
            <source>Hours you gave</source>
            <translation>Jouw uren</translation>
        </message>
        <message>
            <source>Hours asked by your project</source>
            <translation>Gevraagd door je project</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a month.</source>
            <translation>Kies een maand met de pijltjestoetsen.</translation>
        </message>
    </context>
    <context>
        <name>MonthReport</name>
        <message>
            <source>Corridor</source>
            <translation>Gang</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Minutes done</source>
            <translation>Minuten gedaan</translation>
        </message>
        <message>
            <source>Minutes asked</source>
            <translation>Minuten gevraagd</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Gevraagd</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>Pauze tot</translation>
        </message>
        <message>
            <source>Wederkerigheid: %1, %2</source>
            <translation>Wederkerigheid: %1, %2</translation>
        </message>
        <message>
            <source>%1 residents. Together %2 done of %3 asked. %4 paused.</source>
            <translation>%1 bewoners. Samen %2 gedaan van %3 gevraagd. %4 met pauze.</translation>
        </message>
        <message>
            <source>Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.</source>
            <translation>Gemaakt met Gangwerk. De uren zijn een reden om met iemand te praten, nooit om mensen te vergelijken.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be made.</source>
            <translation>De map %1 kan niet gemaakt worden.</translation>
        </message>
        <message>
            <source>The report could not be saved (%1).</source>
            <translation>Het overzicht kon niet bewaard worden (%1).</translation>
        </message>
    </context>
    <context>
        <name>MutationKinds</name>
        <message>
            <source>Hours you logged</source>
            <translation>Uren die je logde</translation>
        </message>
        <message>
            <source>A pause of someone's hours</source>
            <translation>Een pauze van iemands uren</translation>
        </message>
        <message>
            <source>A change</source>
            <translation>Een wijziging</translation>
        </message>
        <message>
            <source>A device you disconnected</source>
            <translation>Een apparaat dat je loskoppelde</translation>
        </message>
        <message>
            <source>An activity you planned</source>
            <translation>Een activiteit die je plande</translation>
        </message>
        <message>
            <source>An activity you cancelled</source>
            <translation>Een activiteit die je afzegde</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>Je aanmelding</translation>
        </message>
        <message>
            <source>Your sign-off</source>
            <translation>Je afmelding</translation>
        </message>
        <message>
            <source>Who came, as you marked it</source>
            <translation>Wie er was, zoals jij het aangaf</translation>
        </message>
        <message>
            <source>A place you gave from the waiting list</source>
            <translation>Een plek die je gaf van de wachtlijst</translation>
        </message>
        <message>
            <source>Your question about your hours</source>
            <translation>Je vraag over je uren</translation>
        </message>
        <message>
            <source>Your answer to a question about hours</source>
            <translation>Je antwoord op een vraag over uren</translation>
        </message>
        <message>
            <source>A request or offer you posted</source>
            <translation>Een vraag of aanbod van jou</translation>
        </message>
        <message>
            <source>Help you took</source>
            <translation>Hulp die je oppakte</translation>
        </message>
        <message>
            <source>Your offer to stand in</source>
            <translation>Je aanbod om in te springen</translation>
        </message>
        <message>
            <source>Help you gave back</source>
            <translation>Hulp die je teruggaf</translation>
        </message>
        <message>
            <source>A request or offer you withdrew</source>
            <translation>Een vraag of aanbod dat je introk</translation>
        </message>
        <message>
            <source>A request or offer you put up again</source>
            <translation>Een vraag of aanbod dat je opnieuw plaatste</translation>
        </message>
        <message>
            <source>Help you reported as done</source>
            <translation>Hulp die je als klaar meldde</translation>
        </message>
        <message>
            <source>Help you confirmed</source>
            <translation>Hulp die je bevestigde</translation>
        </message>
        <message>
            <source>Your question about help</source>
            <translation>Je vraag over hulp</translation>
        </message>
        <message>
            <source>Your decision about help</source>
            <translation>Je besluit over hulp</translation>
        </message>
        <message>
            <source>A post you hid</source>
            <translation>Een bericht dat je verborg</translation>
        </message>
        <message>
            <source>A helper you suggested</source>
            <translation>Een helper die je voorstelde</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Je bericht</translation>
        </message>
        <message>
            <source>Talents you changed</source>
            <translation>Talenten die je veranderde</translation>
        </message>
        <message>
            <source>Your signal to the beheerder</source>
            <translation>Je signaal aan de beheerder</translation>
        </message>
        <message>
            <source>What you added to a signal</source>
            <translation>Wat je aan een signaal toevoegde</translation>
        </message>
        <message>
            <source>A signal you opened again</source>
            <translation>Een signaal dat je weer opende</translation>
        </message>
        <message>
            <source>A signal you started on</source>
            <translation>Een signaal waar je mee begon</translation>
        </message>
        <message>
            <source>Your answer to a signal</source>
            <translation>Je antwoord op een signaal</translation>
        </message>
        <message>
            <source>A signal you closed</source>
            <translation>Een signaal dat je afsloot</translation>
        </message>
        <message>
            <source>Signals you put together</source>
            <translation>Signalen die je samenvoegde</translation>
        </message>
        <message>
            <source>Your note on a signal</source>
            <translation>Je notitie bij een signaal</translation>
        </message>
        <message>
            <source>A knock on the door you asked for</source>
            <translation>Aankloppen waar je om vroeg</translation>
        </message>
        <message>
            <source>How your knock on the door went</source>
            <translation>Hoe het aankloppen ging</translation>
        </message>
        <message>
            <source>A signal you opened</source>
            <translation>Een signaal dat je opende</translation>
        </message>
    </context>
    <context>
        <name>Mutations</name>
        <message>
            <source>This member is not part of your project.</source>
            <translation>Deze bewoner hoort niet bij je project.</translation>
        </message>
        <message>
            <source>A pause cannot end before today. Choose a later date, or lift the pause.</source>
            <translation>Een pauze kan niet eindigen voor vandaag. Kies een latere datum, of stop de pauze.</translation>
        </message>
        <message>
            <source>This device is not part of your project.</source>
            <translation>Dit apparaat hoort niet bij je project.</translation>
        </message>
        <message>
            <source>You are using this device now. You cannot disconnect it from here.</source>
            <translation>Je gebruikt dit apparaat nu. Je kunt het hier niet loskoppelen.</translation>
        </message>
        <message>
            <source>This activity does not exist (any more).</source>
            <translation>Deze activiteit bestaat niet (meer).</translation>
        </message>
        <message>
            <source>This activity is for another corridor.</source>
            <translation>Deze activiteit is voor een andere gang.</translation>
        </message>
        <message>
            <source>An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.</source>
            <translation>Een activiteit blijft voor de gang waarvoor hij gepland is. Zeg hem af en plan een nieuwe.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. It cannot be changed any more.</source>
            <translation>Deze activiteit gaat niet door of is al geweest. Je kunt hem niet meer veranderen.</translation>
        </message>
        <message>
            <source>An activity has at most 4 organisers.</source>
            <translation>Een activiteit heeft hoogstens 4 organisatoren.</translation>
        </message>
        <message>
            <source>Say in a few words why it is cancelled, so that the people who signed up know.</source>
            <translation>Zeg in een paar woorden waarom het niet doorgaat, zodat de mensen die zich aanmeldden het weten.</translation>
        </message>
        <message>
            <source>This activity is over. It cannot be cancelled.</source>
            <translation>Deze activiteit is al geweest. Je kunt hem niet meer afzeggen.</translation>
        </message>
        <message>
            <source>This sign-up does not exist (any more).</source>
            <translation>Deze aanmelding bestaat niet (meer).</translation>
        </message>
        <message>
            <source>This activity has already started. Tell the organiser if you cannot stay.</source>
            <translation>Deze activiteit is al begonnen. Zeg het tegen de organisator als je niet kunt blijven.</translation>
        </message>
        <message>
            <source>This activity is cancelled. Nobody can be marked as present.</source>
            <translation>Deze activiteit gaat niet door. Niemand kan als aanwezig worden aangegeven.</translation>
        </message>
        <message>
            <source>This activity has not started yet. Mark who came once it has begun.</source>
            <translation>Deze activiteit is nog niet begonnen. Geef aan wie er was als hij begonnen is.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. Nobody can get a place any more.</source>
            <translation>Deze activiteit gaat niet door of is voorbij. Niemand kan nog een plek krijgen.</translation>
        </message>
        <message>
            <source>This activity has already started.</source>
            <translation>Deze activiteit is al begonnen.</translation>
        </message>
        <message>
            <source>This neighbour is not on the waiting list (any more).</source>
            <translation>Deze buur staat niet (meer) op de wachtlijst.</translation>
        </message>
        <message>
            <source>This request or offer does not exist (any more).</source>
            <translation>Deze vraag of dit aanbod bestaat niet (meer).</translation>
        </message>
        <message>
            <source>This is for another corridor.</source>
            <translation>Dit is voor een andere gang.</translation>
        </message>
        <message>
            <source>This signal does not exist (any more).</source>
            <translation>Dit signaal bestaat niet (meer).</translation>
        </message>
        <message>
            <source>This task does not exist (any more).</source>
            <translation>Deze taak bestaat niet (meer).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>The pause could not be saved. Please try again.</source>
            <translation>De pauze kon niet worden opgeslagen. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The pause for %1 is lifted.</source>
            <translation>De pauze van %1 is gestopt.</translation>
        </message>
        <message>
            <source>%1's hours are paused until %2.</source>
            <translation>De uren van %1 zijn gepauzeerd tot en met %2.</translation>
        </message>
        <message>
            <source>Pause hours for %1</source>
            <translation>Uren pauzeren voor %1</translation>
        </message>
        <message>
            <source>The hours of %1 are paused until %2. Choose a new date, or lift the pause.</source>
            <translation>De uren van %1 zijn gepauzeerd tot en met %2. Kies een nieuwe datum, of stop de pauze.</translation>
        </message>
        <message>
            <source>During a pause, %1 is not asked to do hours. Hours they still log keep counting.</source>
            <translation>Tijdens een pauze vragen we %1 geen uren te doen. Uren die toch worden ingevuld, tellen gewoon mee.</translation>
        </message>
        <message>
            <source>Until the end of this month (%1)</source>
            <translation>Tot het einde van deze maand (%1)</translation>
        </message>
        <message>
            <source>Until the end of next month (%1)</source>
            <translation>Tot het einde van volgende maand (%1)</translation>
        </message>
        <message>
            <source>For a number of weeks</source>
            <translation>Een aantal weken</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>Aantal weken</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s), until %1</source>
            <translation>
                <numerusform>%n week, tot en met %1</numerusform>
                <numerusform>%n weken, tot en met %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lift the pause: hours are asked again from today</source>
            <translation>Pauze stoppen: vanaf vandaag worden weer uren gevraagd</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Lift pause</source>
            <translation>Pauze stoppen</translation>
        </message>
        <message>
            <source>Pause hours</source>
            <translation>Uren pauzeren</translation>
        </message>
        <message>
            <source>Keep it until %1, as it is now</source>
            <translation>Zo laten: tot en met %1</translation>
        </message>
        <message>
            <source>Keep pause</source>
            <translation>Pauze houden</translation>
        </message>
        <message>
            <source>Extend pause</source>
            <translation>Pauze verlengen</translation>
        </message>
        <message>
            <source>Shorten pause</source>
            <translation>Pauze inkorten</translation>
        </message>
        <message>
            <source>Reason (optional, only the beheerder sees it)</source>
            <translation>Reden (mag leeg blijven, alleen de beheerder ziet dit)</translation>
        </message>
        <message>
            <source>Reason for the pause, optional. Only the beheerder sees it.</source>
            <translation>Reden voor de pauze, mag leeg blijven. Alleen de beheerder ziet dit.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>You can only log your own hours.</source>
            <translation>Je kunt alleen je eigen uren invullen.</translation>
        </message>
        <message>
            <source>Only a beheerder can credit hours for an activity or a service.</source>
            <translation>Alleen de beheerder kan uren geven voor een activiteit of een buurtdienst.</translation>
        </message>
        <message>
            <source>Only the beheerder sees everyone's hours.</source>
            <translation>Alleen de beheerder ziet de uren van iedereen.</translation>
        </message>
        <message>
            <source>Only a beheerder can pause a requirement.</source>
            <translation>Alleen de beheerder kan de uren van iemand stilzetten.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see this.</source>
            <translation>Dit zien alleen de bewoner zelf en de beheerder.</translation>
        </message>
        <message>
            <source>Only the beheerder sees the reason for a pause.</source>
            <translation>Alleen de beheerder ziet waarom de uren stilstaan.</translation>
        </message>
        <message>
            <source>This is only for the people of that corridor.</source>
            <translation>Dit is alleen voor de mensen van die gang.</translation>
        </message>
        <message>
            <source>Only the beheerder sees this.</source>
            <translation>Dit ziet alleen de beheerder.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can plan an activity here.</source>
            <translation>Alleen een gangmaker of de beheerder kan hier een activiteit plannen.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can change this activity.</source>
            <translation>Alleen een gangmaker van deze gang of de beheerder kan deze activiteit veranderen.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can cancel this activity.</source>
            <translation>Alleen een gangmaker van deze gang of de beheerder kan deze activiteit afzeggen.</translation>
        </message>
        <message>
            <source>Only the organisers see who signed up.</source>
            <translation>Alleen de organisatoren zien wie zich heeft aangemeld.</translation>
        </message>
        <message>
            <source>Only the organisers can take attendance.</source>
            <translation>Alleen de organisatoren houden bij wie er was.</translation>
        </message>
        <message>
            <source>Only the organisers can give someone a place from the waiting list.</source>
            <translation>Alleen de organisatoren kunnen iemand van de wachtlijst een plek geven.</translation>
        </message>
        <message>
            <source>You can only sign yourself up or off.</source>
            <translation>Je kunt alleen jezelf aanmelden of afmelden.</translation>
        </message>
        <message>
            <source>You can only come together with a neighbour from your corridor.</source>
            <translation>Je kunt alleen samen komen met een buur van je eigen gang.</translation>
        </message>
        <message>
            <source>You can only ask or offer help for yourself.</source>
            <translation>Je kunt alleen voor jezelf hulp vragen of aanbieden.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can ask for help for a neighbour.</source>
            <translation>Alleen een gangmaker of de beheerder kan hulp vragen voor een buur.</translation>
        </message>
        <message>
            <source>You cannot take this request.</source>
            <translation>Je kunt deze vraag niet aannemen.</translation>
        </message>
        <message>
            <source>Only the helper can report this help as done.</source>
            <translation>Alleen wie helpt, kan melden dat de hulp klaar is.</translation>
        </message>
        <message>
            <source>Only the person who asked can confirm this help.</source>
            <translation>Alleen wie de vraag stelde, kan de hulp bevestigen.</translation>
        </message>
        <message>
            <source>Only the beheerder can hide a post.</source>
            <translation>Alleen de beheerder kan een bericht verbergen.</translation>
        </message>
        <message>
            <source>Only the beheerder can settle this.</source>
            <translation>Alleen de beheerder kan dit oplossen.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see these talents.</source>
            <translation>Deze talenten zien alleen de bewoner zelf en de beheerder.</translation>
        </message>
        <message>
            <source>Only the beheerder can change talents.</source>
            <translation>Alleen de beheerder kan talenten veranderen.</translation>
        </message>
        <message>
            <source>You can only send a signal in your own name.</source>
            <translation>Je kunt alleen een signaal sturen op je eigen naam.</translation>
        </message>
        <message>
            <source>Only a gangmaker can send a signal for a neighbour.</source>
            <translation>Alleen een gangmaker kan een signaal sturen voor een buur.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal and the beheerder see it.</source>
            <translation>Dit signaal zien alleen wie het stuurde en de beheerder.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can add to it.</source>
            <translation>Alleen wie dit signaal stuurde, kan er iets aan toevoegen.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can open it again.</source>
            <translation>Alleen wie dit signaal stuurde, kan het weer openen.</translation>
        </message>
        <message>
            <source>Only the beheerder can handle a signal.</source>
            <translation>Alleen de beheerder kan een signaal behandelen.</translation>
        </message>
        <message>
            <source>Only the beheerder sees notes on a signal.</source>
            <translation>Alleen de beheerder ziet notities bij een signaal.</translation>
        </message>
        <message>
            <source>Only the beheerder can write notes on a signal.</source>
            <translation>Alleen de beheerder kan notities bij een signaal schrijven.</translation>
        </message>
        <message>
            <source>Only the beheerder can ask for a knock on the door.</source>
            <translation>Alleen de beheerder kan vragen om bij iemand aan te kloppen.</translation>
        </message>
        <message>
            <source>This task is for someone else.</source>
            <translation>Deze taak is voor iemand anders.</translation>
        </message>
        <message>
            <source>Only the beheerder can invite people.</source>
            <translation>Alleen de beheerder kan mensen uitnodigen.</translation>
        </message>
        <message>
            <source>Only the beheerder can disconnect a device.</source>
            <translation>Alleen de beheerder kan een apparaat loskoppelen.</translation>
        </message>
        <message>
            <source>You can only ask about your own hours.</source>
            <translation>Je kunt alleen vragen stellen over je eigen uren.</translation>
        </message>
        <message>
            <source>Only the organisers or the beheerder can answer a question about hours.</source>
            <translation>Alleen de organisatoren of de beheerder kunnen een vraag over uren beantwoorden.</translation>
        </message>
        <message>
            <source>Only the beheerder can suggest a helper.</source>
            <translation>Alleen de beheerder kan een helper voorstellen.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>%1, %2</source>
            <translation>%1, %2</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>Vandaag: %1</translation>
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation>Morgen: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Soon: %1</source>
            <translation>Zo meteen: %1</translation>
        </message>
        <message>
            <source>Starts at %1</source>
            <translation>Begint om %1</translation>
        </message>
        <message>
            <source>You have a place now</source>
            <translation>Je hebt nu een plek</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Gaat niet door: %1</translation>
        </message>
        <message>
            <source>%1. Open Gangwerk to read why.</source>
            <translation>%1. Open Gangwerk om te lezen waarom.</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>All residents</source>
            <translation>Alle bewoners</translation>
        </message>
        <message>
            <source>Back to all residents</source>
            <translation>Terug naar alle bewoners</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>Pauze wijzigen</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauzeren</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>De pauze van %1 wijzigen</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>De uren van %1 pauzeren</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>De laatste 12 maanden</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>Gegeven uren</translation>
        </message>
        <message>
            <source>Pauses</source>
            <translation>Pauzes</translation>
        </message>
        <message>
            <source>No pauses.</source>
            <translation>Geen pauzes.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Ingevulde uren</translation>
        </message>
        <message>
            <source>No hours filled in yet.</source>
            <translation>Nog geen uren ingevuld.</translation>
        </message>
        <message>
            <source>a correction</source>
            <translation>een verbetering</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>Studio %1</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Apparaten</translation>
        </message>
        <message>
            <source>Not connected yet. Give %1 an invite to connect a phone.</source>
            <translation>Nog niet verbonden. Geef %1 een uitnodiging om een telefoon te verbinden.</translation>
        </message>
        <message>
            <source>Talents</source>
            <translation>Talenten</translation>
        </message>
        <message>
            <source>What %1 likes to help with. You see who fits when a neighbour asks for help.</source>
            <translation>Waar %1 graag mee helpt. Zo zie je wie past als een buur om hulp vraagt.</translation>
        </message>
        <message>
            <source>Save talents</source>
            <translation>Talenten bewaren</translation>
        </message>
        <message>
            <source>Talents saved.</source>
            <translation>Talenten bewaard.</translation>
        </message>
    </context>
    <context>
        <name>ResidentRow</name>
        <message>
            <source>No corridor</source>
            <translation>Geen gang</translation>
        </message>
    </context>
    <context>
        <name>ResidentsFilters</name>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>%1: hours done and hours asked. A reason to talk with someone, never to compare people.</source>
            <translation>%1: gedane uren en gevraagde uren. Een reden om met iemand te praten, nooit om mensen te vergelijken.</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Deze maand</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Vorige maand</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Vorige week</translation>
        </message>
        <message>
            <source>Month report</source>
            <translation>Maandoverzicht</translation>
        </message>
        <message>
            <source>Save the month report for the housing provider, as a spreadsheet and to print</source>
            <translation>Bewaar het maandoverzicht voor de woningcorporatie, als spreadsheet en om te printen</translation>
        </message>
        <message>
            <source>Open the folder with the report</source>
            <translation>Open de map met het overzicht</translation>
        </message>
        <message>
            <source>Find by name, studio or corridor</source>
            <translation>Zoek op naam, studio of gang</translation>
        </message>
        <message>
            <source>Find a resident by name, studio or corridor</source>
            <translation>Zoek een bewoner op naam, studio of gang</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <source>Worth a talk</source>
            <translation>Gesprek waard</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Gepauzeerd</translation>
        </message>
        <message numerus="yes">
            <source>Not updated for %n days</source>
            <translation>
                <numerusform>%n dag niet bijgewerkt</numerusform>
                <numerusform>%n dagen niet bijgewerkt</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Nog niet verbonden</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n dag</numerusform>
                <numerusform>%n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated for how many days</source>
            <translation>Hoeveel dagen niet bijgewerkt</translation>
        </message>
        <message>
            <source>By corridor</source>
            <translation>Per gang</translation>
        </message>
        <message>
            <source>Group by corridor</source>
            <translation>Groepeer per gang</translation>
        </message>
        <message>
            <source>%1 of %2 residents shown</source>
            <translation>%1 van %2 bewoners</translation>
        </message>
        <message>
            <source>Getting the residents from your project…</source>
            <translation>De bewoners worden opgehaald bij je project…</translation>
        </message>
        <message>
            <source>No residents yet. They appear here after they connect and sync.</source>
            <translation>Nog geen bewoners. Ze komen hier te staan zodra ze verbonden zijn en hun gegevens zijn bijgewerkt.</translation>
        </message>
        <message>
            <source>Nobody matches. Clear the search or choose Everyone.</source>
            <translation>Niemand gevonden. Maak het zoeken leeg of kies Iedereen.</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation>Bewoners</translation>
        </message>
        <message>
            <source>paused until %1</source>
            <translation>pauze tot en met %1</translation>
        </message>
    </context>
    <context>
        <name>ServiceCard</name>
        <message>
            <source>Nobody took this for 2 days</source>
            <translation>Al 2 dagen heeft niemand dit opgepakt</translation>
        </message>
    </context>
    <context>
        <name>ServiceCategory</name>
        <message>
            <source>Groceries</source>
            <translation>Boodschappen</translation>
        </message>
        <message>
            <source>A chat, a listening ear</source>
            <translation>Een praatje, een luisterend oor</translation>
        </message>
        <message>
            <source>Computer or phone</source>
            <translation>Computer of telefoon</translation>
        </message>
        <message>
            <source>Letters and forms</source>
            <translation>Brieven en formulieren</translation>
        </message>
        <message>
            <source>A small job</source>
            <translation>Een klusje</translation>
        </message>
        <message>
            <source>Language buddy</source>
            <translation>Taalmaatje</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Iets anders</translation>
        </message>
        <message>
            <source>It is about care or health</source>
            <translation>Het gaat over zorg of gezondheid</translation>
        </message>
        <message>
            <source>It is about money or a bank card</source>
            <translation>Het gaat over geld of een bankpas</translation>
        </message>
    </context>
    <context>
        <name>ServiceDetail</name>
        <message>
            <source>Choose a request or offer to see it here.</source>
            <translation>Kies een vraag of aanbod om het hier te zien.</translation>
        </message>
        <message>
            <source>Back to the Help board</source>
            <translation>Terug naar Hulp</translation>
        </message>
        <message>
            <source>For the whole project</source>
            <translation>Voor het hele project</translation>
        </message>
        <message>
            <source>For your corridor</source>
            <translation>Voor je gang</translation>
        </message>
        <message>
            <source>The beheerder says: %1</source>
            <translation>De beheerder zegt: %1</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help with this.</source>
            <translation>De beheerder denkt dat jij hiermee kunt helpen.</translation>
        </message>
        <message>
            <source>Yes, I would like this</source>
            <translation>Ja, dit wil ik graag</translation>
        </message>
        <message>
            <source>I will help</source>
            <translation>Ik help</translation>
        </message>
        <message>
            <source>Thank you! You can now send a message.</source>
            <translation>Dank je! Je kunt nu een bericht sturen.</translation>
        </message>
        <message>
            <source>Stand in if needed</source>
            <translation>Inspringen als het nodig is</translation>
        </message>
        <message>
            <source>If the helper gives it back, it is yours.</source>
            <translation>Geeft de helper het terug? Dan is het voor jou.</translation>
        </message>
        <message>
            <source>You will stand in if needed.</source>
            <translation>Jij springt in als het nodig is.</translation>
        </message>
        <message>
            <source>It is done</source>
            <translation>Het is klaar</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>Teruggeven</translation>
        </message>
        <message>
            <source>Given back. A neighbour can take it now.</source>
            <translation>Teruggegeven. Een buur kan het nu oppakken.</translation>
        </message>
        <message>
            <source>Put it up again</source>
            <translation>Opnieuw plaatsen</translation>
        </message>
        <message>
            <source>It is on the board again.</source>
            <translation>Het staat weer op het bord.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Intrekken</translation>
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation>Ingetrokken.</translation>
        </message>
        <message>
            <source>Hide this post</source>
            <translation>Dit bericht verbergen</translation>
        </message>
        <message>
            <source>Help on %1: %2</source>
            <translation>Hulp op %1: %2</translation>
        </message>
        <message>
            <source>Yes, I was helped</source>
            <translation>Ja, ik ben geholpen</translation>
        </message>
        <message>
            <source>Thank you! The helper gets the hours.</source>
            <translation>Dank je! De helper krijgt de uren.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>Klopt niet?</translation>
        </message>
        <message>
            <source>Count the hours</source>
            <translation>Uren tellen</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>Geen uren</translation>
        </message>
        <message>
            <source>Neighbours who are good at this</source>
            <translation>Buren die hier goed in zijn</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Voorgesteld</translation>
        </message>
        <message>
            <source>Suggest</source>
            <translation>Voorstellen</translation>
        </message>
        <message>
            <source>Suggest %1</source>
            <translation>%1 voorstellen</translation>
        </message>
        <message>
            <source>%1 will be told.</source>
            <translation>%1 krijgt een bericht.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Berichten</translation>
        </message>
        <message>
            <source>Only you and the other person read these. No need to share your phone number.</source>
            <translation>Alleen jij en de ander lezen dit. Je hoeft je telefoonnummer niet te geven.</translation>
        </message>
        <message>
            <source>Write a message</source>
            <translation>Schrijf een bericht</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Versturen</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Verstuurd.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Wat er gebeurde</translation>
        </message>
        <message>
            <source>You helped. How did it go?</source>
            <translation>Je hebt geholpen. Hoe ging het?</translation>
        </message>
        <message>
            <source>A few words (you may leave this empty)</source>
            <translation>Een paar woorden (dit mag leeg blijven)</translation>
        </message>
        <message>
            <source>Report as done</source>
            <translation>Klaar melden</translation>
        </message>
        <message>
            <source>Reported. Your neighbour is asked to confirm.</source>
            <translation>Gemeld. We vragen je buur om het te bevestigen.</translation>
        </message>
        <message>
            <source>What is not right? The beheerder will look at it.</source>
            <translation>Wat klopt er niet? De beheerder kijkt ernaar.</translation>
        </message>
        <message>
            <source>The beheerder will look at it.</source>
            <translation>De beheerder kijkt ernaar.</translation>
        </message>
        <message>
            <source>Count these hours</source>
            <translation>Deze uren tellen</translation>
        </message>
        <message>
            <source>A word for both of them (you may leave this empty)</source>
            <translation>Een woord voor allebei (dit mag leeg blijven)</translation>
        </message>
        <message>
            <source>Decided.</source>
            <translation>Besloten.</translation>
        </message>
        <message>
            <source>No hours for this help?</source>
            <translation>Geen uren voor deze hulp?</translation>
        </message>
        <message>
            <source>Why? Both of them read this.</source>
            <translation>Waarom? Ze lezen dit allebei.</translation>
        </message>
        <message>
            <source>Hide this post?</source>
            <translation>Dit bericht verbergen?</translation>
        </message>
        <message>
            <source>Why? The person who posted it reads this.</source>
            <translation>Waarom? Wie het plaatste, leest dit.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Verbergen</translation>
        </message>
        <message>
            <source>Hidden.</source>
            <translation>Verborgen.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Hulp</translation>
        </message>
    </context>
    <context>
        <name>ServiceFormPage</name>
        <message>
            <source>Your offer is on the board.</source>
            <translation>Je aanbod staat op het bord.</translation>
        </message>
        <message>
            <source>Your request is on the board. A neighbour can take it now.</source>
            <translation>Je vraag staat op het bord. Een buur kan hem nu oppakken.</translation>
        </message>
        <message>
            <source>Offer help</source>
            <translation>Hulp bieden</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Hulp vragen</translation>
        </message>
        <message>
            <source>Neighbours help with small things. It costs you nothing.</source>
            <translation>Buren helpen met kleine dingen. Het kost je niets.</translation>
        </message>
        <message>
            <source>I would like help</source>
            <translation>Ik wil graag hulp</translation>
        </message>
        <message>
            <source>I can help</source>
            <translation>Ik kan helpen</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>Wat voor hulp?</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Kies…</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.</source>
            <translation>Buren helpen met kleine dingen. Voor zorg, gezondheid of geld helpt de beheerder je verder. Dat is veiliger voor jou.</translation>
        </message>
        <message>
            <source>The beheerder: %1</source>
            <translation>De beheerder: %1</translation>
        </message>
        <message>
            <source>What can you do?</source>
            <translation>Wat kun je doen?</translation>
        </message>
        <message>
            <source>What do you need?</source>
            <translation>Wat heb je nodig?</translation>
        </message>
        <message>
            <source>For example: I can help with a computer or phone.</source>
            <translation>Bijvoorbeeld: ik help met een computer of telefoon.</translation>
        </message>
        <message>
            <source>For example: Who can bring milk and bread on Tuesday?</source>
            <translation>Bijvoorbeeld: wie neemt dinsdag melk en brood mee?</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>Wanneer?</translation>
        </message>
        <message>
            <source>Flexible: any time is fine</source>
            <translation>Flexibel: elk moment is goed</translation>
        </message>
        <message>
            <source>Day: %1</source>
            <translation>Dag: %1</translation>
        </message>
        <message>
            <source>from %1:00</source>
            <translation>van %1:00</translation>
        </message>
        <message>
            <source>From (hour)</source>
            <translation>Van (uur)</translation>
        </message>
        <message>
            <source>until %1:00</source>
            <translation>tot %1:00</translation>
        </message>
        <message>
            <source>Until (hour)</source>
            <translation>Tot (uur)</translation>
        </message>
        <message>
            <source>Every week, for %1 weeks</source>
            <translation>Elke week, %1 weken lang</translation>
        </message>
        <message>
            <source>About how long?</source>
            <translation>Hoe lang ongeveer?</translation>
        </message>
        <message>
            <source>About how long? In minutes</source>
            <translation>Hoe lang ongeveer? In minuten</translation>
        </message>
        <message>
            <source>Who sees it?</source>
            <translation>Wie ziet het?</translation>
        </message>
        <message>
            <source>My corridor</source>
            <translation>Mijn gang</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>Iedereen in het project</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>Voor wie?</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>Voor mij</translation>
        </message>
        <message>
            <source>Other neighbours do not see the name. You talk with the helper.</source>
            <translation>Andere buren zien de naam niet. Jij praat met de helper.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Aanbieden</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Vragen</translation>
        </message>
        <message>
            <source>Put my offer on the board</source>
            <translation>Zet mijn aanbod op het bord</translation>
        </message>
        <message>
            <source>Put my request on the board</source>
            <translation>Zet mijn vraag op het bord</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotices</name>
        <message>
            <source>A neighbour will help you</source>
            <translation>Een buur gaat je helpen</translation>
        </message>
        <message>
            <source>A neighbour said yes to your offer</source>
            <translation>Een buur zei ja tegen je aanbod</translation>
        </message>
        <message>
            <source>Open Gangwerk to send a message.</source>
            <translation>Open Gangwerk om een bericht te sturen.</translation>
        </message>
        <message>
            <source>Your neighbour helped you</source>
            <translation>Je buur heeft je geholpen</translation>
        </message>
        <message>
            <source>Please confirm the help in Gangwerk, so your neighbour gets the hours.</source>
            <translation>Bevestig de hulp in Gangwerk. Dan krijgt je buur de uren.</translation>
        </message>
        <message>
            <source>Thank you for helping</source>
            <translation>Dank je voor je hulp</translation>
        </message>
        <message>
            <source>%1 counted as your hours.</source>
            <translation>%1 telt mee voor je uren.</translation>
        </message>
        <message>
            <source>Nobody took your request</source>
            <translation>Niemand pakte je vraag op</translation>
        </message>
        <message>
            <source>Nobody took your offer</source>
            <translation>Niemand pakte je aanbod op</translation>
        </message>
        <message>
            <source>It is no longer on the board. You can put it up again in Gangwerk.</source>
            <translation>Het staat niet meer op het bord. Je kunt het opnieuw plaatsen in Gangwerk.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Nieuw bericht</translation>
        </message>
        <message>
            <source>You have a new message about a request for help.</source>
            <translation>Je hebt een nieuw bericht over een hulpvraag.</translation>
        </message>
        <message>
            <source>Can you help?</source>
            <translation>Kun jij helpen?</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help a neighbour. Have a look in Gangwerk.</source>
            <translation>De beheerder denkt dat jij een buur kunt helpen. Kijk even in Gangwerk.</translation>
        </message>
        <message>
            <source>A request waits for help</source>
            <translation>Een vraag wacht op hulp</translation>
        </message>
        <message>
            <source>Nobody took a request for help for 2 days. Can you find someone?</source>
            <translation>Al 2 dagen pakte niemand een hulpvraag op. Kun jij iemand vinden?</translation>
        </message>
    </context>
    <context>
        <name>ServiceRules</name>
        <message>
            <source>Choose what kind of help it is.</source>
            <translation>Kies wat voor hulp het is.</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further.</source>
            <translation>Buren helpen met kleine dingen. Voor zorg, gezondheid of geld helpt de beheerder je verder.</translation>
        </message>
        <message>
            <source>Write in a few words what it is about.</source>
            <translation>Schrijf in een paar woorden waar het over gaat.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 1000 characters.</source>
            <translation>De tekst is te lang. Gebruik hoogstens 1000 tekens.</translation>
        </message>
        <message>
            <source>Say how long it takes: between 5 minutes and 8 hours.</source>
            <translation>Zeg hoe lang het duurt: tussen 5 minuten en 8 uur.</translation>
        </message>
        <message>
            <source>The end of the time must be after its start.</source>
            <translation>Het einde moet na het begin komen.</translation>
        </message>
        <message>
            <source>This time has passed already. Choose a later time or "flexible".</source>
            <translation>Deze tijd is al voorbij. Kies een latere tijd of "flexibel".</translation>
        </message>
        <message>
            <source>Help that repeats needs a first day and time.</source>
            <translation>Hulp die terugkomt, heeft een eerste dag en tijd nodig.</translation>
        </message>
        <message>
            <source>Choose the last day it repeats.</source>
            <translation>Kies de laatste dag.</translation>
        </message>
        <message>
            <source>The last day must be after the first day.</source>
            <translation>De laatste dag moet na de eerste dag komen.</translation>
        </message>
        <message>
            <source>That is too many times. Choose a last day within a year.</source>
            <translation>Dat zijn te veel keren. Kies een laatste dag binnen een jaar.</translation>
        </message>
        <message>
            <source>This is your own post. A neighbour can take it.</source>
            <translation>Dit is van jou. Een buur kan het oppakken.</translation>
        </message>
        <message>
            <source>A neighbour already took this. You can offer to stand in if they give it back.</source>
            <translation>Een buur heeft dit al opgepakt. Je kunt aanbieden om in te springen als hij of zij het teruggeeft.</translation>
        </message>
        <message>
            <source>This was withdrawn. It is not needed any more.</source>
            <translation>Dit is ingetrokken. Het is niet meer nodig.</translation>
        </message>
        <message>
            <source>This has expired. The person who posted it can put it up again.</source>
            <translation>Dit is verlopen. Wie het plaatste, kan het opnieuw plaatsen.</translation>
        </message>
        <message>
            <source>The beheerder took this post away.</source>
            <translation>De beheerder heeft dit bericht weggehaald.</translation>
        </message>
        <message>
            <source>This help is finished already.</source>
            <translation>Deze hulp is al klaar.</translation>
        </message>
        <message>
            <source>Nobody has taken this yet.</source>
            <translation>Niemand heeft dit nog opgepakt.</translation>
        </message>
        <message>
            <source>You took this already.</source>
            <translation>Je hebt dit al opgepakt.</translation>
        </message>
        <message>
            <source>Only the person who took this can give it back.</source>
            <translation>Alleen wie dit oppakte, kan het teruggeven.</translation>
        </message>
        <message>
            <source>Only the person who posted this can do that.</source>
            <translation>Alleen wie dit plaatste, kan dat doen.</translation>
        </message>
        <message>
            <source>Only a post that nobody took can be put up again.</source>
            <translation>Alleen iets dat niemand oppakte, kan opnieuw geplaatst worden.</translation>
        </message>
        <message>
            <source>Only the helper can say this help is done. Maybe someone else took it over.</source>
            <translation>Alleen de helper kan zeggen dat de hulp klaar is. Misschien heeft iemand anders het overgenomen.</translation>
        </message>
        <message>
            <source>Choose the day you helped.</source>
            <translation>Kies de dag waarop je hielp.</translation>
        </message>
        <message>
            <source>That day has not come yet. Report it when you have helped.</source>
            <translation>Die dag is nog niet geweest. Meld het als je hebt geholpen.</translation>
        </message>
        <message>
            <source>That is not one of the agreed days.</source>
            <translation>Dat is niet een van de afgesproken dagen.</translation>
        </message>
        <message>
            <source>You reported this help as done already.</source>
            <translation>Je hebt deze hulp al als klaar gemeld.</translation>
        </message>
        <message>
            <source>Fill in at least 5 minutes.</source>
            <translation>Vul minstens 5 minuten in.</translation>
        </message>
        <message>
            <source>That is more than 12 hours. Fill in the time of one day.</source>
            <translation>Dat is meer dan 12 uur. Vul de tijd van één dag in.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 500 characters.</source>
            <translation>De tekst is te lang. Gebruik hoogstens 500 tekens.</translation>
        </message>
        <message>
            <source>Only the person who was helped can confirm this.</source>
            <translation>Alleen wie geholpen is, kan dit bevestigen.</translation>
        </message>
        <message>
            <source>This help was not reported.</source>
            <translation>Deze hulp is niet gemeld.</translation>
        </message>
        <message>
            <source>This help is confirmed or decided already.</source>
            <translation>Over deze hulp is al besloten.</translation>
        </message>
        <message>
            <source>These hours are counted already. If they are not right, choose "Not right?".</source>
            <translation>Deze uren zijn al geteld. Kloppen ze niet? Kies dan "Klopt niet?".</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>Schrijf in een paar woorden waarom.</translation>
        </message>
        <message>
            <source>There is nothing to decide about this help.</source>
            <translation>Over deze hulp valt niets te besluiten.</translation>
        </message>
        <message>
            <source>Only the person who asked and the helper can send messages here.</source>
            <translation>Alleen wie vroeg en de helper kunnen hier berichten sturen.</translation>
        </message>
        <message>
            <source>Write a message first.</source>
            <translation>Schrijf eerst een bericht.</translation>
        </message>
        <message>
            <source>The message is too long. Use at most 500 characters.</source>
            <translation>Het bericht is te lang. Gebruik hoogstens 500 tekens.</translation>
        </message>
        <message>
            <source>This conversation is full. Talk in person or ask the beheerder.</source>
            <translation>Dit gesprek is vol. Praat even samen of vraag de beheerder.</translation>
        </message>
        <message>
            <source>Choose at most 10 talents.</source>
            <translation>Kies hoogstens 10 talenten.</translation>
        </message>
        <message>
            <source>Choose talents from the list.</source>
            <translation>Kies talenten uit de lijst.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>About Gangwerk</source>
            <translation>Over Gangwerk</translation>
        </message>
        <message>
            <source>Your hours are stored on this device only, encrypted. They also work without internet.</source>
            <translation>Je uren staan alleen op dit apparaat, versleuteld. De app werkt ook zonder internet.</translation>
        </message>
        <message>
            <source>You are looking at the demo project. The people and hours in it are made up.</source>
            <translation>Je kijkt naar het demoproject. De mensen en uren daarin zijn verzonnen.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Versie %1</translation>
        </message>
        <message>
            <source>Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet.</source>
            <translation>Je uren staan versleuteld op dit apparaat en gaan naar de server van je project, zodat je beheerder ze kan zien. Uren invullen werkt ook zonder internet.</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Tekstgrootte</translation>
        </message>
        <message>
            <source>Normal (100%)</source>
            <translation>Normaal (100%)</translation>
        </message>
        <message>
            <source>Large (150%)</source>
            <translation>Groot (150%)</translation>
        </message>
        <message>
            <source>Very large (200%)</source>
            <translation>Heel groot (200%)</translation>
        </message>
        <message>
            <source>Your device also asks for larger text (%1%). Together the text is shown at %2%.</source>
            <translation>Je apparaat vraagt ook om grotere tekst (%1%). Samen is de tekst %2%.</translation>
        </message>
        <message>
            <source>Less movement on the screen</source>
            <translation>Minder beweging op het scherm</translation>
        </message>
        <message>
            <source>Your device already asks for less movement; the app follows it.</source>
            <translation>Je apparaat vraagt al om minder beweging. De app doet dat ook.</translation>
        </message>
    </context>
    <context>
        <name>SignalCategory</name>
        <message>
            <source>I have not seen someone for days</source>
            <translation>Ik heb iemand al dagen niet gezien</translation>
        </message>
        <message>
            <source>Someone keeps to themselves more and more</source>
            <translation>Iemand trekt zich steeds meer terug</translation>
        </message>
        <message>
            <source>Someone does not take care of themselves</source>
            <translation>Iemand zorgt niet goed voor zichzelf</translation>
        </message>
        <message>
            <source>I am worried about someone's health</source>
            <translation>Ik maak me zorgen over iemands gezondheid</translation>
        </message>
        <message>
            <source>Nuisance</source>
            <translation>Overlast</translation>
        </message>
        <message>
            <source>The building or safety</source>
            <translation>Het gebouw of veiligheid</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Iets anders</translation>
        </message>
    </context>
    <context>
        <name>SignalDetail</name>
        <message>
            <source>Choose a signal to read it.</source>
            <translation>Kies een signaal om het te lezen.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Very late</source>
            <translation>Veel te laat</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <source>Sent by: %1%2</source>
            <translation>Gestuurd door: %1%2</translation>
        </message>
        <message>
            <source>(for a neighbour who told them)</source>
            <translation>(voor een buur die het vertelde)</translation>
        </message>
        <message>
            <source>Noticed since %1</source>
            <translation>Gemerkt sinds %1</translation>
        </message>
        <message>
            <source>Added later</source>
            <translation>Later toegevoegd</translation>
        </message>
        <message>
            <source>Answer from the beheerder</source>
            <translation>Antwoord van de beheerder</translation>
        </message>
        <message>
            <source>Is it not solved? You can open it again until %1. Say why.</source>
            <translation>Is het niet opgelost? Je kunt het weer openen tot %1. Zeg waarom.</translation>
        </message>
        <message>
            <source>Do you know more? Add it here.</source>
            <translation>Weet je meer? Zet het hier.</translation>
        </message>
        <message>
            <source>Why do you open it again?</source>
            <translation>Waarom open je het weer?</translation>
        </message>
        <message>
            <source>What do you want to add?</source>
            <translation>Wat wil je toevoegen?</translation>
        </message>
        <message>
            <source>Open it again</source>
            <translation>Weer openen</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Opened again.</source>
            <translation>Weer geopend.</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>Toegevoegd.</translation>
        </message>
        <message>
            <source>Start on it</source>
            <translation>Ermee beginnen</translation>
        </message>
        <message>
            <source>You are working on it.</source>
            <translation>Je bent ermee bezig.</translation>
        </message>
        <message>
            <source>About the same situation</source>
            <translation>Over dezelfde situatie</translation>
        </message>
        <message>
            <source>Answer to the person who sent it</source>
            <translation>Antwoord aan wie het stuurde</translation>
        </message>
        <message>
            <source>They read this. Write no care details: those go in a note.</source>
            <translation>Diegene leest dit. Schrijf geen zorgdetails: die gaan in een notitie.</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Antwoord sturen</translation>
        </message>
        <message>
            <source>Answer sent.</source>
            <translation>Antwoord gestuurd.</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Hoe het afliep</translation>
        </message>
        <message>
            <source>Close with this answer</source>
            <translation>Afsluiten met dit antwoord</translation>
        </message>
        <message>
            <source>Closed. The reporter reads your answer.</source>
            <translation>Afgesloten. Wie het meldde, leest je antwoord.</translation>
        </message>
        <message>
            <source>Notes (only beheerders read these)</source>
            <translation>Notities (alleen beheerders lezen dit)</translation>
        </message>
        <message>
            <source>Write a note</source>
            <translation>Schrijf een notitie</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Notitie bewaren</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Notitie bewaard.</translation>
        </message>
        <message>
            <source>Knock on the door</source>
            <translation>Aankloppen</translation>
        </message>
        <message>
            <source>The gangmaker only sees the studio and the day, not this signal or who sent it.</source>
            <translation>De gangmaker ziet alleen de studio en de dag. Niet dit signaal en niet wie het stuurde.</translation>
        </message>
        <message>
            <source>Which gangmaker</source>
            <translation>Welke gangmaker</translation>
        </message>
        <message>
            <source>Studio</source>
            <translation>Studio</translation>
        </message>
        <message>
            <source>Studio to knock on</source>
            <translation>Studio om aan te kloppen</translation>
        </message>
        <message>
            <source>Ask to knock today</source>
            <translation>Vraag om vandaag aan te kloppen</translation>
        </message>
        <message>
            <source>Asked. The gangmaker sees it on their phone.</source>
            <translation>Gevraagd. De gangmaker ziet het op de telefoon.</translation>
        </message>
        <message>
            <source>Put together with</source>
            <translation>Samenvoegen met</translation>
        </message>
        <message>
            <source>Put together</source>
            <translation>Samenvoegen</translation>
        </message>
        <message>
            <source>Put together. Answers now reach both reporters.</source>
            <translation>Samengevoegd. Antwoorden gaan nu naar iedereen die het meldde.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Het kan wachten</translation>
        </message>
        <message>
            <source>How soon</source>
            <translation>Hoe snel</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Back to the signals</source>
            <translation>Terug naar de signalen</translation>
        </message>
    </context>
    <context>
        <name>SignalFormPage</name>
        <message>
            <source>Tell the beheerder</source>
            <translation>Vertel het de beheerder</translation>
        </message>
        <message>
            <source>Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you.</source>
            <translation>Maak je je zorgen om een buur? Alleen de beheerder leest dit. Je buur ziet niet dat jij het was.</translation>
        </message>
        <message>
            <source>What worries you?</source>
            <translation>Waar maak je je zorgen over?</translation>
        </message>
        <message>
            <source>About whom or where? (you may leave this empty)</source>
            <translation>Over wie of waar? (dit mag leeg blijven)</translation>
        </message>
        <message>
            <source>Studio number, for example 2.14</source>
            <translation>Studionummer, bijvoorbeeld 2.14</translation>
        </message>
        <message>
            <source>Studio number</source>
            <translation>Studionummer</translation>
        </message>
        <message>
            <source>Or a place, for example the bicycle shed</source>
            <translation>Of een plek, bijvoorbeeld de fietsenstalling</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Plek</translation>
        </message>
        <message>
            <source>Since when?</source>
            <translation>Sinds wanneer?</translation>
        </message>
        <message>
            <source>I do not know</source>
            <translation>Weet ik niet</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>A few days</source>
            <translation>Een paar dagen</translation>
        </message>
        <message>
            <source>About a week</source>
            <translation>Ongeveer een week</translation>
        </message>
        <message>
            <source>A month or longer</source>
            <translation>Een maand of langer</translation>
        </message>
        <message>
            <source>How soon should the beheerder react?</source>
            <translation>Hoe snel moet de beheerder reageren?</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Het kan wachten</translation>
        </message>
        <message>
            <source>What did you notice?</source>
            <translation>Wat heb je gemerkt?</translation>
        </message>
        <message>
            <source>For example: I have not seen my neighbour for four days. The post is piling up.</source>
            <translation>Bijvoorbeeld: ik heb mijn buur al vier dagen niet gezien. De post stapelt zich op.</translation>
        </message>
        <message>
            <source>A neighbour told me this and asked me to pass it on</source>
            <translation>Een buur vertelde me dit en vroeg het door te geven</translation>
        </message>
        <message>
            <source>Send to the beheerder</source>
            <translation>Naar de beheerder sturen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
    </context>
    <context>
        <name>SignalNotices</name>
        <message>
            <source>A signal for today</source>
            <translation>Een signaal voor vandaag</translation>
        </message>
        <message>
            <source>A neighbour asks for a reaction today. Open Gangwerk to read it.</source>
            <translation>Een buur vraagt vandaag om een reactie. Open Gangwerk om het te lezen.</translation>
        </message>
        <message>
            <source>The beheerder answered you</source>
            <translation>De beheerder heeft je geantwoord</translation>
        </message>
        <message>
            <source>Open Gangwerk to read the answer to your signal.</source>
            <translation>Open Gangwerk om het antwoord op je signaal te lezen.</translation>
        </message>
        <message>
            <source>Please knock on a door</source>
            <translation>Wil je ergens aankloppen?</translation>
        </message>
        <message>
            <source>The beheerder asks you to look in on a neighbour. Open Gangwerk to see where.</source>
            <translation>De beheerder vraagt je even bij een buur te kijken. Open Gangwerk om te zien waar.</translation>
        </message>
    </context>
    <context>
        <name>SignalOutcome</name>
        <message>
            <source>Checked in person</source>
            <translation>Zelf gaan kijken</translation>
        </message>
        <message>
            <source>Referred to care</source>
            <translation>Doorverwezen naar zorg</translation>
        </message>
        <message>
            <source>Nuisance procedure</source>
            <translation>Overlastprocedure</translation>
        </message>
        <message>
            <source>No action needed</source>
            <translation>Niets nodig</translation>
        </message>
    </context>
    <context>
        <name>SignalRow</name>
        <message>
            <source>Very late</source>
            <translation>Veel te laat</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Te laat</translation>
        </message>
        <message numerus="yes">
            <source>%n more about the same situation</source>
            <translation>
                <numerusform>nog %n over dezelfde situatie</numerusform>
                <numerusform>nog %n over dezelfde situatie</numerusform>
            </translation>
        </message>
        <message>
            <source>The beheerder answered</source>
            <translation>De beheerder heeft geantwoord</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
    </context>
    <context>
        <name>SignalRules</name>
        <message>
            <source>Choose what worries you.</source>
            <translation>Kies waar je je zorgen over maakt.</translation>
        </message>
        <message>
            <source>Choose if it can wait or if it is for today.</source>
            <translation>Kies of het kan wachten of dat het vandaag moet.</translation>
        </message>
        <message>
            <source>Write in a few words what you noticed.</source>
            <translation>Schrijf in een paar woorden wat je merkte.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 2000 characters.</source>
            <translation>De tekst is te lang. Gebruik maximaal 2000 tekens.</translation>
        </message>
        <message>
            <source>Use at most 40 characters for the studio or the place.</source>
            <translation>Gebruik maximaal 40 tekens voor de studio of de plek.</translation>
        </message>
        <message>
            <source>That day has not come yet. Choose today or a day before.</source>
            <translation>Die dag is nog niet geweest. Kies vandaag of een dag ervoor.</translation>
        </message>
        <message>
            <source>This signal has not reached the beheerder yet.</source>
            <translation>Dit signaal is nog niet bij de beheerder.</translation>
        </message>
        <message>
            <source>Someone is working on this signal already.</source>
            <translation>Iemand is al met dit signaal bezig.</translation>
        </message>
        <message>
            <source>This signal is closed already. Its reporter can open it again within 14 days.</source>
            <translation>Dit signaal is al afgesloten. Wie het meldde, kan het binnen 14 dagen weer openen.</translation>
        </message>
        <message>
            <source>This signal is handled together with another one. Do this on that signal.</source>
            <translation>Dit signaal hoort bij een ander signaal. Doe dit bij dat signaal.</translation>
        </message>
        <message>
            <source>This signal is still open.</source>
            <translation>Dit signaal is nog open.</translation>
        </message>
        <message>
            <source>It is more than 14 days since this signal was closed. Send a new signal.</source>
            <translation>Dit signaal is meer dan 14 dagen geleden afgesloten. Stuur een nieuw signaal.</translation>
        </message>
        <message>
            <source>Choose another signal to put this one with.</source>
            <translation>Kies een ander signaal om dit mee samen te voegen.</translation>
        </message>
        <message>
            <source>The other signal is closed or merged itself. Choose an open one.</source>
            <translation>Het andere signaal is afgesloten of al samengevoegd. Kies een open signaal.</translation>
        </message>
        <message>
            <source>Choose how it ended.</source>
            <translation>Kies hoe het afliep.</translation>
        </message>
        <message>
            <source>Write an answer to the person who sent it.</source>
            <translation>Schrijf een antwoord aan wie het stuurde.</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>Schrijf in een paar woorden waarom.</translation>
        </message>
        <message>
            <source>This signal is full. Call or visit the beheerder.</source>
            <translation>Dit signaal is vol. Bel of bezoek de beheerder.</translation>
        </message>
        <message>
            <source>Fill in the studio to knock on.</source>
            <translation>Vul de studio in om aan te kloppen.</translation>
        </message>
        <message>
            <source>Choose today or a day in the coming week.</source>
            <translation>Kies vandaag of een dag in de komende week.</translation>
        </message>
        <message>
            <source>Only a gangmaker can be asked to knock on a door.</source>
            <translation>Je kunt alleen een gangmaker vragen om aan te kloppen.</translation>
        </message>
        <message>
            <source>How this went is written down already.</source>
            <translation>Hoe dit ging, staat er al.</translation>
        </message>
        <message>
            <source>Choose how it went.</source>
            <translation>Kies hoe het ging.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Het kan wachten</translation>
        </message>
        <message>
            <source>Not sent yet. It goes to the beheerder as soon as you have internet.</source>
            <translation>Nog niet verstuurd. Het gaat naar de beheerder zodra je internet hebt.</translation>
        </message>
        <message>
            <source>The beheerder has your signal and will read it.</source>
            <translation>De beheerder heeft je signaal en gaat het lezen.</translation>
        </message>
        <message>
            <source>The beheerder is working on it.</source>
            <translation>De beheerder is ermee bezig.</translation>
        </message>
        <message>
            <source>Closed. Thank you for paying attention.</source>
            <translation>Afgesloten. Dank je dat je oplette.</translation>
        </message>
        <message>
            <source>You opened it again. The beheerder will look at it again.</source>
            <translation>Je hebt het weer geopend. De beheerder kijkt er opnieuw naar.</translation>
        </message>
    </context>
    <context>
        <name>SignalState</name>
        <message>
            <source>Not sent yet</source>
            <translation>Nog niet verstuurd</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Mee bezig</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Samengevoegd</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Weer geopend</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>Signalen</translation>
        </message>
        <message>
            <source>Worried about a neighbour?</source>
            <translation>Zorgen om een buur?</translation>
        </message>
        <message>
            <source>Waiting too long: %1</source>
            <translation>Wachten te lang: %1</translation>
        </message>
        <message>
            <source>Nothing is late.</source>
            <translation>Niets is te laat.</translation>
        </message>
        <message>
            <source>Tell the beheerder. Only the beheerder reads it.</source>
            <translation>Vertel het de beheerder. Alleen de beheerder leest het.</translation>
        </message>
        <message>
            <source>Tell the beheerder</source>
            <translation>Vertel het de beheerder</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Which signals</source>
            <translation>Welke signalen</translation>
        </message>
        <message>
            <source>Every corridor</source>
            <translation>Alle gangen</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Gang</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>Waar het over gaat</translation>
        </message>
        <message>
            <source>Your signals</source>
            <translation>Jouw signalen</translation>
        </message>
        <message>
            <source>No signals here.</source>
            <translation>Hier zijn geen signalen.</translation>
        </message>
        <message>
            <source>You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder.</source>
            <translation>Je hebt nog geen signaal gestuurd. Maak je je zorgen om een buur? Je kunt het altijd aan de beheerder vertellen.</translation>
        </message>
        <message>
            <source>Thank you. Your signal is saved and goes to the beheerder.</source>
            <translation>Dank je. Je signaal is bewaard en gaat naar de beheerder.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The key for your data is missing or unusable.</source>
            <translation>De sleutel van je gegevens ontbreekt of werkt niet.</translation>
        </message>
        <message>
            <source>Cannot create the data file. Check free space.</source>
            <translation>Het bestand voor je gegevens kan niet gemaakt worden. Kijk of er genoeg ruimte vrij is.</translation>
        </message>
        <message>
            <source>Cannot open the data file.</source>
            <translation>Het bestand met je gegevens kan niet geopend worden.</translation>
        </message>
        <message>
            <source>This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build.</source>
            <translation>Deze versie van Gangwerk kan je gegevens niet versleutelen. Daarom start de app niet. Installeer een officiële versie.</translation>
        </message>
        <message>
            <source>Cannot open: wrong key or not a Gangwerk store.</source>
            <translation>Openen lukt niet: verkeerde sleutel, of dit zijn geen Gangwerk-gegevens.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed.</source>
            <translation>Deze gegevens zijn bewaard door een nieuwere versie van Gangwerk. Werk de app bij om ze te openen. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Gangwerk could not update your data to this version. Nothing was changed; please report this.</source>
            <translation>Gangwerk kon je gegevens niet bijwerken naar deze versie. Er is niets veranderd. Meld dit alsjeblieft.</translation>
        </message>
        <message>
            <source>The data file is busy. Nothing was changed; try again.</source>
            <translation>Het bestand met je gegevens is even bezet. Er is niets veranderd. Probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync</source>
            <translation>Synchroniseren</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Server: %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Bezig met bijwerken…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Nu bijwerken</translation>
        </message>
        <message>
            <source>Sends your changes and fetches the newest data.</source>
            <translation>Verstuurt je wijzigingen en haalt de nieuwste gegevens op.</translation>
        </message>
        <message>
            <source>Not accepted by the server</source>
            <translation>Niet aangenomen door de server</translation>
        </message>
        <message>
            <source>These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear.</source>
            <translation>Deze wijzigingen tellen niet mee. Ze blijven in deze lijst staan, zodat je ziet wat er gebeurde. Is iets niet duidelijk? Vraag het je beheerder.</translation>
        </message>
        <message>
            <source>%1, made on %2: %3</source>
            <translation>%1, gemaakt op %2: %3</translation>
        </message>
        <message>
            <source>%1, made on %2</source>
            <translation>%1, gemaakt op %2</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message>
            <source>Shows the sync details.</source>
            <translation>Toont wat er is bijgewerkt.</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Voortgang bijwerken</translation>
        </message>
    </context>
    <context>
        <name>TextAskDialog</name>
        <message>
            <source>Send</source>
            <translation>Versturen</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minuten</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Welke dag?</translation>
        </message>
        <message>
            <source>How long did it take? In minutes</source>
            <translation>Hoe lang duurde het? In minuten</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Protect your data</source>
            <translation>Bescherm je gegevens</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>Welkom terug</translation>
        </message>
        <message>
            <source>This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe.</source>
            <translation>Deze computer heeft geen veilige plek voor de sleutel van je gegevens. Kies een wachtzin: daarmee zet Gangwerk je gegevens op slot. Gebruik minstens 8 tekens en schrijf de wachtzin op een veilige plek op.</translation>
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation>Typ je wachtzin om je gegevens te openen.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Wachtzin</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Typ hem nog een keer</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Typ de wachtzin nog een keer</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Je gegevens worden geopend…</translation>
        </message>
        <message>
            <source>Save passphrase</source>
            <translation>Wachtzin opslaan</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
    </context>
    <context>
        <name>YearChartCard</name>
        <message>
            <source>The last 12 months</source>
            <translation>De laatste 12 maanden</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivitiesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Dit kon niet worden bewaard. Er is niets veranderd. Probeer het nog eens.</translation>
        </message>
        <message>
            <source>You are not signed up for this activity.</source>
            <translation>Je bent niet aangemeld voor deze activiteit.</translation>
        </message>
        <message>
            <source>You asked the organiser to check this</source>
            <translation>Je hebt de organisator gevraagd dit te controleren</translation>
        </message>
        <message>
            <source>Checked: changed to %1</source>
            <translation>Gecontroleerd: veranderd in %1</translation>
        </message>
        <message>
            <source>Checked: stays — %1</source>
            <translation>Gecontroleerd: blijft zo — %1</translation>
        </message>
        <message>
            <source>Not marked as present</source>
            <translation>Niet aangevinkt als aanwezig</translation>
        </message>
        <message>
            <source>Got %1</source>
            <translation>Kreeg %1</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityAttendanceModel</name>
        <message>
            <source>Since %1, %2 of %3 neighbours came to at least one activity.</source>
            <translation>Sinds %1 kwamen %2 van de %3 buren minstens één keer naar een activiteit.</translation>
        </message>
        <message>
            <source>Nothing took place. Cancelled: %1</source>
            <translation>Niets ging door. Afgezegd: %1</translation>
        </message>
        <message>
            <source>No activities</source>
            <translation>Geen activiteiten</translation>
        </message>
        <message>
            <source>Held: %1 · signed up: %2 · came: %3 · different neighbours: %4</source>
            <translation>Gehouden: %1 · aangemeld: %2 · gekomen: %3 · verschillende buren: %4</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityForm</name>
        <message>
            <source>Changed: %1.</source>
            <translation>Gewijzigd: %1.</translation>
        </message>
        <message>
            <source>Planned: %1. It is in the programme now.</source>
            <translation>Gepland: %1. Het staat nu in het programma.</translation>
        </message>
        <message>
            <source>Only this date changes. The series stays: %1.</source>
            <translation>Alleen deze datum verandert. De reeks blijft: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates from this one</source>
            <translation>
                <numerusform>%1 – %n datum vanaf deze</numerusform>
                <numerusform>%1 – %n datums vanaf deze</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates</source>
            <translation>
                <numerusform>%1 – %n datum</numerusform>
                <numerusform>%1 – %n datums</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed: %1, this date and the later dates.</source>
            <translation>Gewijzigd: %1, deze datum en de latere datums.</translation>
        </message>
        <message numerus="yes">
            <source>Planned: %1, %n dates. They are in the programme now.</source>
            <translation>
                <numerusform>Gepland: %1, %n datum. Die staat nu in het programma.</numerusform>
                <numerusform>Gepland: %1, %n datums. Ze staan nu in het programma.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityListModel</name>
        <message>
            <source>Earlier</source>
            <translation>Geweest</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Deze week</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message numerus="yes">
            <source>%n coming</source>
            <translation>
                <numerusform>%n komt</numerusform>
                <numerusform>%n komen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Full – %n waiting</source>
            <translation>
                <numerusform>Vol – %n wacht</numerusform>
                <numerusform>Vol – %n wachten</numerusform>
            </translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Vol</translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>%1 van %2 plekken bezet</translation>
        </message>
        <message>
            <source>Signed up – waiting for confirmation</source>
            <translation>Aangemeld – wacht op bevestiging</translation>
        </message>
        <message>
            <source>You are coming</source>
            <translation>Je komt</translation>
        </message>
        <message>
            <source>You are coming, together with %1</source>
            <translation>Je komt, samen met %1</translation>
        </message>
        <message>
            <source>On the waiting list, place %1</source>
            <translation>Op de wachtlijst, plek %1</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid</source>
            <translation>Telt als %1 wederkerigheid</translation>
        </message>
        <message>
            <source>The organiser changed the series, and this date is no longer in it.</source>
            <translation>De organisator heeft de reeks veranderd. Deze datum hoort er niet meer bij.</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityWeekModel</name>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>gw::CalendarExport</name>
        <message>
            <source>Cancelled: %1</source>
            <translation>Gaat niet door: %1</translation>
        </message>
        <message>
            <source>This activity is cancelled.</source>
            <translation>Deze activiteit gaat niet door.</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>Deze activiteit gaat niet door: %1</translation>
        </message>
        <message>
            <source>You are coming, together with a neighbour.</source>
            <translation>Je komt, samen met een buur.</translation>
        </message>
        <message>
            <source>You are coming.</source>
            <translation>Je komt.</translation>
        </message>
        <message>
            <source>%1 (waiting list, place %2)</source>
            <translation>%1 (wachtlijst, plek %2)</translation>
        </message>
        <message>
            <source>You are on the waiting list, place %1. You will hear it when a place comes free.</source>
            <translation>Je staat op de wachtlijst, plek %1. Je hoort het als er een plek vrijkomt.</translation>
        </message>
        <message>
            <source>%1 (not yet confirmed)</source>
            <translation>%1 (nog niet bevestigd)</translation>
        </message>
        <message>
            <source>You signed up. It is confirmed when your phone has synced.</source>
            <translation>Je bent aangemeld. Het is bevestigd zodra je telefoon heeft gesynchroniseerd.</translation>
        </message>
        <message>
            <source>Signed off: %1</source>
            <translation>Afgemeld: %1</translation>
        </message>
        <message>
            <source>You signed off from this activity.</source>
            <translation>Je hebt je afgemeld voor deze activiteit.</translation>
        </message>
        <message>
            <source>You organise this activity.</source>
            <translation>Jij organiseert deze activiteit.</translation>
        </message>
        <message>
            <source>Places taken: %1 of %2. Waiting: %3.</source>
            <translation>Plekken bezet: %1 van %2. Op de wachtlijst: %3.</translation>
        </message>
        <message>
            <source>Coming: %1.</source>
            <translation>Komen: %1.</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid.</source>
            <translation>Telt als %1 wederkerigheid.</translation>
        </message>
        <message>
            <source>In one hour: %1</source>
            <translation>Over een uur: %1</translation>
        </message>
        <message>
            <source>Gangwerk – my activities</source>
            <translation>Gangwerk – mijn activiteiten</translation>
        </message>
        <message>
            <source>Gangwerk – programme of %1</source>
            <translation>Gangwerk – programma van %1</translation>
        </message>
        <message>
            <source>Gangwerk – programme of corridor %1</source>
            <translation>Gangwerk – programma van gang %1</translation>
        </message>
        <message>
            <source>The calendar file could not be saved. Check that there is space on this device and try again.</source>
            <translation>Het agendabestand kon niet worden bewaard. Kijk of er genoeg ruimte is op dit apparaat en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>Saved as %1. There are no activities in it yet.</source>
            <translation>Bewaard als %1. Er staan nog geen activiteiten in.</translation>
        </message>
        <message numerus="yes">
            <source>Saved as %1. Open this file to add %n activities to your calendar app.</source>
            <translation>
                <numerusform>Bewaard als %1. Open dit bestand om %n activiteit in je agenda te zetten.</numerusform>
                <numerusform>Bewaard als %1. Open dit bestand om %n activiteiten in je agenda te zetten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>my activities</source>
            <translation>mijn activiteiten</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>programma</translation>
        </message>
    </context>
    <context>
        <name>gw::DeviceListModel</name>
        <message>
            <source>Last updated: %1</source>
            <translation>Laatst bijgewerkt: %1</translation>
        </message>
        <message>
            <source>Connected since %1</source>
            <translation>Verbonden sinds %1</translation>
        </message>
        <message>
            <source>Disconnected on %1</source>
            <translation>Losgekoppeld op %1</translation>
        </message>
    </context>
    <context>
        <name>gw::DevicesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>The device could not be disconnected. Nothing was changed. Please try again.</source>
            <translation>Het apparaat kon niet worden losgekoppeld. Er is niets veranderd. Probeer het opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>gw::HourEntryForm</name>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Gisteren</translation>
        </message>
        <message>
            <source>Changed. Your entry is now %1.</source>
            <translation>Gewijzigd. Je uren staan nu op %1.</translation>
        </message>
        <message>
            <source>Saved: %1. Thank you for helping!</source>
            <translation>Opgeslagen: %1. Dank je wel voor je hulp!</translation>
        </message>
    </context>
    <context>
        <name>gw::HourHistoryModel</name>
        <message>
            <source>Removed on %1</source>
            <translation>Weggehaald op %1</translation>
        </message>
        <message>
            <source>Changed to %1</source>
            <translation>Gewijzigd naar %1</translation>
        </message>
        <message>
            <source>Changed to %1 on %2</source>
            <translation>Gewijzigd naar %1 op %2</translation>
        </message>
        <message>
            <source>Not accepted by the server.</source>
            <translation>Niet geaccepteerd door de server.</translation>
        </message>
        <message>
            <source>Credited for an activity</source>
            <translation>Bijgeschreven voor een activiteit</translation>
        </message>
    </context>
    <context>
        <name>gw::HoursService</name>
        <message>
            <source>%1 per month</source>
            <translation>%1 per maand</translation>
        </message>
        <message>
            <source>%1 per week</source>
            <translation>%1 per week</translation>
        </message>
        <message>
            <source>week %1</source>
            <translation>week %1</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>Your hours could not be saved. Nothing was changed. Please try again.</source>
            <translation>Je uren konden niet worden opgeslagen. Er is niets veranderd. Probeer het nog een keer.</translation>
        </message>
        <message>
            <source>The entry could not be removed. Nothing was changed. Please try again.</source>
            <translation>De uren konden niet worden weggehaald. Er is niets veranderd. Probeer het nog een keer.</translation>
        </message>
        <message>
            <source>The pause could not be saved. Nothing was changed. Please try again.</source>
            <translation>Het stilzetten kon niet worden opgeslagen. Er is niets veranderd. Probeer het nog een keer.</translation>
        </message>
        <message>
            <source>This is not a date. Choose the end of the pause again.</source>
            <translation>Dit is geen datum. Kies opnieuw tot wanneer de pauze duurt.</translation>
        </message>
        <message>
            <source>Your beheerder paused your hours until %1. Take good care of yourself.</source>
            <translation>Je beheerder heeft je uren op pauze gezet tot en met %1. Zorg goed voor jezelf.</translation>
        </message>
        <message>
            <source>Your pause has ended: hours are asked again from today. Good to have you back.</source>
            <translation>Je pauze is voorbij: vanaf vandaag worden weer uren gevraagd. Fijn dat je er weer bent.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberContext</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Dit kon niet worden bewaard. Er is niets veranderd. Probeer het nog eens.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberProgressModel</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
    </context>
    <context>
        <name>gw::MonthlyHoursModel</name>
        <message>
            <source>%1: %2 of %3</source>
            <translation>%1: %2 van %3</translation>
        </message>
    </context>
    <context>
        <name>gw::ServicesService</name>
        <message>
            <source>Waiting for confirmation</source>
            <translation>Wacht op bevestiging</translation>
        </message>
        <message>
            <source>Waiting for the beheerder</source>
            <translation>Wacht op de beheerder</translation>
        </message>
        <message>
            <source>Counted as hours</source>
            <translation>Geteld als uren</translation>
        </message>
        <message>
            <source>Not right: the beheerder looks at it</source>
            <translation>Klopt niet: de beheerder kijkt ernaar</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>Geen uren</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk is nog niet ingesteld.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Dit kon niet bewaard worden. Er is niets veranderd. Probeer het nog eens.</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>Een buur</translation>
        </message>
        <message>
            <source>Choose a day, or "flexible".</source>
            <translation>Kies een dag, of "flexibel".</translation>
        </message>
        <message>
            <source>For a neighbour, asked by %1</source>
            <translation>Voor een buur, gevraagd door %1</translation>
        </message>
        <message>
            <source>For %1, asked by %2</source>
            <translation>Voor %1, gevraagd door %2</translation>
        </message>
        <message>
            <source>Open: nobody helps yet</source>
            <translation>Open: nog niemand helpt</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>You help</source>
            <translation>Jij helpt</translation>
        </message>
        <message>
            <source>You said yes to this offer</source>
            <translation>Je zei ja tegen dit aanbod</translation>
        </message>
        <message>
            <source>%1 helps</source>
            <translation>%1 helpt</translation>
        </message>
        <message>
            <source>%1 said yes to your offer</source>
            <translation>%1 zei ja tegen je aanbod</translation>
        </message>
        <message>
            <source>Taken by a neighbour</source>
            <translation>Opgepakt door een buur</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <source>Hidden by the beheerder</source>
            <translation>Verborgen door de beheerder</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <source>Please confirm the help</source>
            <translation>Bevestig de hulp</translation>
        </message>
        <message>
            <source>Waiting for your decision</source>
            <translation>Wacht op jouw besluit</translation>
        </message>
        <message>
            <source>Flexible</source>
            <translation>Flexibel</translation>
        </message>
        <message>
            <source>Asks for help</source>
            <translation>Vraagt hulp</translation>
        </message>
        <message>
            <source>Offers help</source>
            <translation>Biedt hulp</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>Ongeveer %1</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Geplaatst</translation>
        </message>
        <message>
            <source>%1 took it</source>
            <translation>%1 pakte het op</translation>
        </message>
        <message>
            <source>A neighbour took it</source>
            <translation>Een buur pakte het op</translation>
        </message>
        <message>
            <source>Reported done: %1</source>
            <translation>Klaar gemeld: %1</translation>
        </message>
        <message>
            <source>Decided: no hours</source>
            <translation>Besloten: geen uren</translation>
        </message>
        <message>
            <source>Confirmed: %1</source>
            <translation>Bevestigd: %1</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Jij</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Nog niet verstuurd</translation>
        </message>
    </context>
    <context>
        <name>gw::Session</name>
        <message>
            <source>Gangwerk cannot create the folder for your data. Check free space.</source>
            <translation>Gangwerk kan de map voor je gegevens niet maken. Kijk of er genoeg ruimte vrij is.</translation>
        </message>
        <message>
            <source>The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help.</source>
            <translation>De sleutel van je gegevens staat niet meer op deze computer. Daarom kan Gangwerk ze niet openen. Er is niets veranderd. Vraag je beheerder om hulp.</translation>
        </message>
        <message>
            <source>Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed.</source>
            <translation>Je gegevens zitten op slot met de sleutelbos van deze computer, maar die is nu niet bereikbaar. Log uit en weer in, en open Gangwerk daarna opnieuw. Er is niets veranderd.</translation>
        </message>
        <message numerus="yes">
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Gebruik minstens %n teken.</numerusform>
                <numerusform>Gebruik minstens %n tekens.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>De twee wachtzinnen zijn niet hetzelfde. Typ ze nog een keer.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Try again.</source>
            <translation>Die wachtzin klopt niet. Probeer het nog een keer.</translation>
        </message>
        <message>
            <source>Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).</source>
            <translation>Bewaard in %1: het overzicht als spreadsheet (CSV) en om te printen (PDF).</translation>
        </message>
    </context>
    <context>
        <name>gw::SignalsService</name>
        <message>
            <source>You</source>
            <translation>Jij</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>Een buur</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1, %2–%3</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>Studio %1</translation>
        </message>
        <message>
            <source>Studio %1, %2</source>
            <translation>Studio %1, %2</translation>
        </message>
        <message>
            <source>Answer before %1</source>
            <translation>Antwoord vóór %1</translation>
        </message>
        <message>
            <source>The reporter</source>
            <translation>Wie het meldde</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Nog niet verstuurd</translation>
        </message>
        <message>
            <source>Forgotten: it was closed long ago</source>
            <translation>Vergeten: het is lang geleden afgesloten</translation>
        </message>
        <message>
            <source>Forgotten</source>
            <translation>Vergeten</translation>
        </message>
        <message>
            <source>Handled together with: %1, %2</source>
            <translation>Samen behandeld met: %1, %2</translation>
        </message>
        <message>
            <source>%1 knocks on studio %2 on %3</source>
            <translation>%1 klopt aan bij studio %2 op %3</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Nog niet gedaan</translation>
        </message>
        <message>
            <source>today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <source>Please knock on studio %1 %2 and see how they are.</source>
            <translation>Wil je %2 aankloppen bij studio %1 en kijken hoe het gaat?</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::Enrolment</name>
        <message>
            <source>Check the code letter by letter. A code works only once, and only for a short time.</source>
            <translation>Kijk de code letter voor letter na. Een code werkt maar één keer, en maar een korte tijd.</translation>
        </message>
        <message>
            <source>This protects your project against people who guess codes.</source>
            <translation>Zo is je project beschermd tegen mensen die codes proberen te raden.</translation>
        </message>
        <message>
            <source>Is the address exactly as your beheerder gave it? Are you connected to the internet?</source>
            <translation>Is het adres precies zoals je beheerder het gaf? Heb je internet?</translation>
        </message>
        <message>
            <source>Do not use this address until your beheerder has checked it.</source>
            <translation>Gebruik dit adres pas als je beheerder het heeft nagekeken.</translation>
        </message>
        <message>
            <source>Install the newest version of Gangwerk, then try again.</source>
            <translation>Installeer de nieuwste versie van Gangwerk en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <source>For example: https://gangwerk.example.nl</source>
            <translation>Bijvoorbeeld: https://gangwerk.example.nl</translation>
        </message>
        <message>
            <source>If it keeps happening, tell your beheerder.</source>
            <translation>Blijft dit gebeuren? Zeg het dan tegen je beheerder.</translation>
        </message>
        <message>
            <source>An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)</source>
            <translation>Een adres met http:// is niet veilig: anderen kunnen meelezen. Gebruik het adres met https://. (http:// werkt alleen voor een testserver op deze computer.)</translation>
        </message>
        <message>
            <source>Type the address of your project's server.</source>
            <translation>Typ het adres van de server van je project.</translation>
        </message>
        <message>
            <source>Your beheerder gives it to you, together with the invite code.</source>
            <translation>Je krijgt het van je beheerder, samen met de uitnodigingscode.</translation>
        </message>
        <message>
            <source>Type the invite code from your beheerder.</source>
            <translation>Typ de uitnodigingscode van je beheerder.</translation>
        </message>
        <message>
            <source>It looks like ABCD-EFGH-JKLM-NPQR.</source>
            <translation>Die ziet eruit als ABCD-EFGH-JKLM-NPQR.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Computer</translation>
        </message>
        <message>
            <source>%1, since %2</source>
            <translation>%1, sinds %2</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncEngine</name>
        <message>
            <source>This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you.</source>
            <translation>Dit is geen goed adres. Het ziet eruit als gangwerk.example.nl:8443. Je beheerder kan het je vertellen.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your internet connection, then try again.</source>
            <translation>De server is niet te bereiken. Kijk het adres en je internet na en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder.</source>
            <translation>De server kon niet bewijzen wie hij is (het certificaat wordt niet vertrouwd). Er is niets verstuurd. Kijk het adres na met je beheerder.</translation>
        </message>
        <message>
            <source>This address does not answer like a Gangwerk server. Check the address with your beheerder.</source>
            <translation>Dit adres antwoordt niet zoals een Gangwerk-server. Kijk het adres na met je beheerder.</translation>
        </message>
        <message>
            <source>This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code.</source>
            <translation>Deze uitnodigingscode werkt niet. Misschien is er een typfout, is de code verlopen of al gebruikt. Vraag je beheerder om een nieuwe code.</translation>
        </message>
        <message>
            <source>Too many attempts just now. Wait a few minutes and try again.</source>
            <translation>Te veel pogingen net. Wacht een paar minuten en probeer het opnieuw.</translation>
        </message>
        <message>
            <source>This version of Gangwerk is too old for the server. Please update the app.</source>
            <translation>Deze versie van Gangwerk is te oud voor de server. Werk de app bij.</translation>
        </message>
        <message>
            <source>Enrolling did not work because of a problem on the server. Try again later.</source>
            <translation>Verbinden lukte niet door een probleem op de server. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Try again later.</source>
            <translation>Het antwoord van de server was niet te begrijpen. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <source>Gangwerk could not save the enrolment on this device. Nothing was changed; try again.</source>
            <translation>Gangwerk kon de verbinding niet opslaan op dit apparaat. Er is niets veranderd. Probeer het opnieuw.</translation>
        </message>
        <message>
            <source>The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back.</source>
            <translation>De server is nu niet te bereiken. Je wijzigingen zijn veilig op dit apparaat en gaan mee zodra er weer verbinding is.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder.</source>
            <translation>De server kon niet bewijzen wie hij is (het certificaat wordt niet vertrouwd). Daarom is er niets verstuurd. Zeg het tegen je beheerder.</translation>
        </message>
        <message>
            <source>This device is no longer connected to your project. Ask your beheerder for a new invite code.</source>
            <translation>Dit apparaat is niet meer verbonden met je project. Vraag je beheerder om een nieuwe uitnodigingscode.</translation>
        </message>
        <message>
            <source>The server does not allow this device to sync. Please tell your beheerder.</source>
            <translation>De server laat dit apparaat niet bijwerken. Zeg het tegen je beheerder.</translation>
        </message>
        <message>
            <source>Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again.</source>
            <translation>Synchroniseren lukte net niet. Je wijzigingen zijn veilig op dit apparaat. Gangwerk probeert het opnieuw.</translation>
        </message>
        <message>
            <source>The server is busy right now. Nothing was changed; try again in a minute.</source>
            <translation>De server heeft het nu erg druk. Er is niets veranderd. Probeer het over een minuut opnieuw.</translation>
        </message>
        <message>
            <source>The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment.</source>
            <translation>De server heeft het nu erg druk. Je wijzigingen zijn veilig op dit apparaat. Gangwerk probeert het zo opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncStatus</name>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n wijziging wacht om verstuurd te worden</numerusform>
                <numerusform>%n wijzigingen wachten om verstuurd te worden</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo on this device only: not connected to a server.</source>
            <translation>Demo alleen op dit apparaat: niet verbonden met een server.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Bezig met bijwerken…</translation>
        </message>
        <message>
            <source>Offline — your changes are safe on this device</source>
            <translation>Offline — je wijzigingen zijn veilig op dit apparaat</translation>
        </message>
        <message>
            <source>Not synced — your changes are safe on this device</source>
            <translation>Niet bijgewerkt — je wijzigingen zijn veilig op dit apparaat</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Nog niet bijgewerkt</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Net bijgewerkt</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>%n minuut geleden bijgewerkt</numerusform>
                <numerusform>%n minuten geleden bijgewerkt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>%n uur geleden bijgewerkt</numerusform>
                <numerusform>%n uur geleden bijgewerkt</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced on %1</source>
            <translation>Bijgewerkt op %1</translation>
        </message>
        <message>
            <source>Everything is up to date.</source>
            <translation>Alles is bijgewerkt.</translation>
        </message>
        <message>
            <source>The server does not answer — your changes are safe on this device</source>
            <translation>De server reageert niet — je wijzigingen staan veilig op dit apparaat</translation>
        </message>
        <message>
            <source>Bringing your project's data to this device: %1 of %2 (%3%)</source>
            <translation>De gegevens van je project komen naar dit apparaat: %1 van %2 (%3%)</translation>
        </message>
    </context>
</TS>
