"""Dutch at B1 level: short sentences, "je", warm, never shaming."""

TABLE = {
    # navigation and window
    ("AppShell", "Home"): "Overzicht",
    ("AppShell", "Log hours"): "Uren invullen",
    ("AppShell", "History"): "Mijn uren",
    ("AppShell", "Settings"): "Instellingen",
    ("AppShell", "Gangwerk"): "Gangwerk",
    ("AppShell", "Demo: the data here is made up."): "Demo: de gegevens hier zijn verzonnen.",
    ("Main", "Gangwerk"): "Gangwerk",
    ("Main", "Opening your data…"): "Je gegevens worden geopend…",
    ("Main", "Gangwerk keeps your hours safe and encrypted on this device."):
        "Gangwerk bewaart je uren veilig en versleuteld op dit apparaat.",
    ("Main", "Gangwerk cannot open your data"): "Gangwerk kan je gegevens niet openen",
    ("Main", "Nothing was changed or deleted. If this keeps happening, ask your beheerder for help."):
        "Er is niets veranderd of weggegooid. Gebeurt dit vaker? Vraag dan je beheerder om hulp.",
    ("Main", "Welcome to Gangwerk"): "Welkom bij Gangwerk",
    ("Main", "With Gangwerk you keep track of the hours you give to your neighbours. First, this app needs to be connected to your housing project."):
        "Met Gangwerk houd je bij hoeveel uur je voor je buren doet. Eerst moet deze app verbonden worden met je woonproject.",
    ("Main", "Your beheerder will help you connect. This comes in a next version of the app."):
        "Je beheerder helpt je daarbij. Dit komt in een volgende versie van de app.",
    # categories
    ("Category", "Neighbour service"): "Buurtdienst",
    ("Category", "Activity"): "Activiteit",
    ("Category", "Committee"): "Commissie",
    ("Category", "Garden and building"): "Tuin en gebouw",
    ("Category", "Language and lessons"): "Taal en les",
    ("Category", "Other"): "Anders",
    # history
    ("HistoryPage", "Your hours"): "Mijn uren",
    ("HistoryPage", "Everything you logged. Changes stay visible, so it is always clear what happened."):
        "Alles wat je hebt ingevuld. Wijzigingen blijven zichtbaar, zo is altijd duidelijk wat er gebeurd is.",
    ("HistoryPage", "No hours logged yet. When you log hours, you will see them here."):
        "Nog geen uren ingevuld. Als je uren invult, zie je ze hier.",
    ("HistoryPage", "%1, %2, %3"): "%1, %2, %3",
    ("HistoryPage", "corrected"): "gewijzigd",
    ("HistoryPage", "Change or remove: %1"): "Wijzigen of weghalen: %1",
    ("HistoryPage", "The last 12 months"): "De laatste 12 maanden",
    ("HistoryPage", "Change"): "Wijzigen",
    ("HistoryPage", "Change this entry"): "Deze uren wijzigen",
    ("HistoryPage", "Remove"): "Weghalen",
    ("HistoryPage", "Remove this entry"): "Deze uren weghalen",
    ("HistoryPage", "Remove this entry?"): "Deze uren weghalen?",
    ("HistoryPage", "The hours no longer count. The entry stays in your history, crossed out."):
        "De uren tellen dan niet meer mee. Ze blijven doorgestreept in je overzicht staan.",
    ("HistoryPage", "Keep it"): "Laten staan",
    ("HistoryPage", "Removed. The entry stays in your history, crossed out."):
        "Weggehaald. De uren blijven doorgestreept in je overzicht staan.",
    ("HistoryPage", "not sent yet"): "nog niet verstuurd",
    ("HistoryPage", "Stored on this device, not sent to your project yet"):
        "Bewaard op dit apparaat, nog niet naar je project verstuurd",
    ("HistoryPage", "Not accepted by your project."): "Niet geaccepteerd door je project.",
    # home
    ("HomePage", "Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it."):
        "Je uren staan even stil tot en met %1. Zorg goed voor jezelf. Help je toch iemand? Dan kun je dat gewoon invullen.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this month."):
        "Het is je gelukt! Dank je wel voor alles wat je deze maand voor je buren hebt gedaan.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this week."):
        "Het is je gelukt! Dank je wel voor alles wat je deze week voor je buren hebt gedaan.",
    ("HomePage", "Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["Deze maand nog niets ingevuld, en dat is oké. Je hebt nog %n dag. Ook een klein klusje voor een buur telt mee.",
         "Deze maand nog niets ingevuld, en dat is oké. Je hebt nog %n dagen. Ook een klein klusje voor een buur telt mee."],
    ("HomePage", "Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["Deze week nog niets ingevuld, en dat is oké. Je hebt nog %n dag. Ook een klein klusje voor een buur telt mee.",
         "Deze week nog niets ingevuld, en dat is oké. Je hebt nog %n dagen. Ook een klein klusje voor een buur telt mee."],
    ("HomePage", "Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps."):
        ["Goed bezig! Nog %1 te gaan, en je hebt nog %n dag. Elk uur helpt.",
         "Goed bezig! Nog %1 te gaan, en je hebt nog %n dagen. Elk uur helpt."],
    ("HomePage", "Hi %1!"): "Hoi %1!",
    ("HomePage", "Hi!"): "Hoi!",
    ("HomePage", "%1 · asked: %2"): "%1 · gevraagd: %2",
    ("HomePage", "This month: %1"): "Deze maand: %1",
    ("HomePage", "This week: %1"): "Deze week: %1",
    ("HomePage", "paused"): "staat stil",
    ("HomePage", "of %1"): "van %1",
    ("HomePage", "Your progress"): "Hoe ver je bent",
    ("HomePage", "%1 of %2 done"): "%1 van %2 gedaan",
    ("HomePage", "Done"): "Gedaan",
    ("HomePage", "Still to go"): "Nog te gaan",
    ("HomePage", "Days left"): "Dagen over",
    ("HomePage", "Next step"): "Wat kun je nu doen?",
    ("HomePage", "Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back."):
        ["Heb je iemand geholpen? Vul het nu in, dan weet je het nog goed. Je kunt uren invullen tot %n dag terug.",
         "Heb je iemand geholpen? Vul het nu in, dan weet je het nog goed. Je kunt uren invullen tot %n dagen terug."],
    ("HomePage", "You look after %1"): "Jij zorgt voor %1",
    ("HomePage", "The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours."):
        "De uren worden aan de bewoners gevraagd. Bij Bewoners zie je hoe het met iedereen gaat, en kun je de uren van iemand pauzeren.",
    ("HomePage", "Residents"): "Bewoners",
    ("HomePage", "Opens the overview of all residents' hours."): "Opent het overzicht van de uren van alle bewoners.",
    ("HomePage", "Log hours"): "Uren invullen",
    ("HomePage", "Opens the form to log the hours you gave."): "Opent het formulier om je uren in te vullen.",
    ("HomePage", "The last 12 months"): "De laatste 12 maanden",
    ("HomePage", "All hours"): "Alle uren",
    ("HomePage", "Show all your hours"): "Al je uren bekijken",
    # rules (core)
    ("HoursRules", "Choose the day you helped."): "Kies de dag waarop je hielp.",
    ("HoursRules", "This day is in the future. Log hours after you did them."):
        "Deze dag is nog niet geweest. Log je uren nadat je ze gedaan hebt.",
    ("HoursRules", "This day is more than %n days ago. Ask your beheerder to add it."):
        ["Deze dag is meer dan %n dag geleden. Vraag je beheerder om de uren toe te voegen.",
         "Deze dag is meer dan %n dagen geleden. Vraag je beheerder om de uren toe te voegen."],
    ("HoursRules", "A day can have at most %1 hours in total."):
        "Op één dag kun je in totaal hoogstens %1 uur invullen.",
    ("HoursRules", "Log at least %n minutes."):
        ["Log minstens %n minuut.", "Log minstens %n minuten."],
    ("HoursRules", "A day can have at most %1 hours in total. You can add %2 more on this day."):
        "Op één dag kun je samen hoogstens %1 uur invullen. Op deze dag kan er nog %2 bij.",
    ("HoursRules", "One entry can be at most %n hours. Split a longer day into parts."):
        ["Eén keer invullen kan hoogstens %n uur zijn. Verdeel een lange dag in delen.",
         "Eén keer invullen kan hoogstens %n uur zijn. Verdeel een lange dag in delen."],
    ("HoursRules", "Choose what kind of help it was."): "Kies wat voor hulp het was.",
    ("HoursRules", "The note is too long. Use at most %n characters."):
        ["De notitie is te lang. Gebruik hoogstens %n teken.",
         "De notitie is te lang. Gebruik hoogstens %n tekens."],
    ("HoursRules", "This entry does not exist (any more)."): "Deze uren bestaan niet (meer).",
    ("HoursRules", "You can only change your own hours."): "Je kunt alleen je eigen uren wijzigen.",
    ("HoursRules", "This entry was removed. Log the hours again instead."):
        "Deze uren zijn weggehaald. Log ze dan opnieuw.",
    ("HoursRules", "This entry was already changed. Change the newest version instead."):
        "Deze uren zijn al gewijzigd. Wijzig dan de nieuwste versie.",
    ("HoursRules", "%1 min"): "%1 min",
    ("HoursRules", "%1 h"): "%1 uur",
    ("HoursRules", "%1 h %2 min"): "%1 uur %2 min",
    # log form
    ("LogHoursPage", "Change an entry"): "Uren wijzigen",
    ("LogHoursPage", "Log hours"): "Uren invullen",
    ("LogHoursPage", "Your old entry stays in your history, crossed out, so everything stays clear."):
        "Je oude uren blijven doorgestreept in je overzicht staan. Zo blijft alles duidelijk.",
    ("LogHoursPage", "Thank you for helping! Fill in what you did."):
        "Fijn dat je hebt geholpen! Vul in wat je gedaan hebt.",
    ("LogHoursPage", "Which day?"): "Welke dag?",
    ("LogHoursPage", "Day"): "Dag",
    ("LogHoursPage", "How long?"): "Hoe lang?",
    ("LogHoursPage", "Hours"): "Uren",
    ("LogHoursPage", "hours"): "uur",
    ("LogHoursPage", "Minutes"): "Minuten",
    ("LogHoursPage", "minutes"): "minuten",
    ("LogHoursPage", "What kind of help?"): "Wat voor hulp?",
    ("LogHoursPage", "Kind of help"): "Soort hulp",
    ("LogHoursPage", "What did you do? (optional)"): "Wat heb je gedaan? (mag leeg blijven)",
    ("LogHoursPage", "%1 / %2"): "%1 / %2",
    ("LogHoursPage", "%1 of %2 characters used"): "%1 van %2 tekens gebruikt",
    ("LogHoursPage", "For example: groceries for a neighbour"): "Bijvoorbeeld: boodschappen voor een buur",
    ("LogHoursPage", "Note"): "Notitie",
    ("LogHoursPage", "Cancel"): "Annuleren",
    ("LogHoursPage", "Save change"): "Wijziging opslaan",
    ("LogHoursPage", "Save"): "Opslaan",
    ("LogHoursPage", "Stores these hours on this device."): "Bewaart deze uren op dit apparaat.",
    # chart
    ("MonthChart", "Your hours in the last 12 months"): "Je uren in de laatste 12 maanden",
    ("MonthChart", "Hours you gave"): "Jouw uren",
    ("MonthChart", "Hours asked by your project"): "Gevraagd door je project",
    # settings
    ("SettingsPage", "Settings"): "Instellingen",
    ("SettingsPage", "Language"): "Taal",
    ("SettingsPage", "About Gangwerk"): "Over Gangwerk",
    ("SettingsPage", "Your hours are stored on this device only, encrypted. They also work without internet."):
        "Je uren staan alleen op dit apparaat, versleuteld. De app werkt ook zonder internet.",
    ("SettingsPage", "You are looking at the demo project. The people and hours in it are made up."):
        "Je kijkt naar het demoproject. De mensen en uren daarin zijn verzonnen.",
    ("SettingsPage", "Version %1"): "Versie %1",
    # store (core)
    ("Store", "The key for your data is missing or unusable."):
        "De sleutel van je gegevens ontbreekt of werkt niet.",
    ("Store", "Cannot create the data file. Check free space."):
        "Het bestand voor je gegevens kan niet gemaakt worden. Kijk of er genoeg ruimte vrij is.",
    ("Store", "Cannot open the data file."): "Het bestand met je gegevens kan niet geopend worden.",
    ("Store", "This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build."):
        "Deze versie van Gangwerk kan je gegevens niet versleutelen. Daarom start de app niet. Installeer een officiële versie.",
    ("Store", "Cannot open: wrong key or not a Gangwerk store."):
        "Openen lukt niet: verkeerde sleutel, of dit zijn geen Gangwerk-gegevens.",
    ("Store", "This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed."):
        "Deze gegevens zijn bewaard door een nieuwere versie van Gangwerk. Werk de app bij om ze te openen. Er is niets veranderd.",
    ("Store", "Gangwerk could not update your data to this version. Nothing was changed; please report this."):
        "Gangwerk kon je gegevens niet bijwerken naar deze versie. Er is niets veranderd. Meld dit alsjeblieft.",
    # unlock
    ("UnlockPage", "Protect your data"): "Bescherm je gegevens",
    ("UnlockPage", "Welcome back"): "Welkom terug",
    ("UnlockPage", "This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe."):
        "Deze computer heeft geen veilige plek voor de sleutel van je gegevens. Kies een wachtzin: daarmee zet Gangwerk je gegevens op slot. Gebruik minstens 8 tekens en schrijf de wachtzin op een veilige plek op.",
    ("UnlockPage", "Type your passphrase to open your data."): "Typ je wachtzin om je gegevens te openen.",
    ("UnlockPage", "Passphrase"): "Wachtzin",
    ("UnlockPage", "Type it again"): "Typ hem nog een keer",
    ("UnlockPage", "Type the passphrase again"): "Typ de wachtzin nog een keer",
    ("UnlockPage", "Opening your data…"): "Je gegevens worden geopend…",
    ("UnlockPage", "Save passphrase"): "Wachtzin opslaan",
    ("UnlockPage", "Open"): "Openen",
    # C++ services and models (core, app)
    ("gw::HourEntryForm", "Today"): "Vandaag",
    ("gw::HourEntryForm", "Yesterday"): "Gisteren",
    ("gw::HourEntryForm", "Changed. Your entry is now %1."): "Gewijzigd. Je uren staan nu op %1.",
    ("gw::HourEntryForm", "Saved: %1. Thank you for helping!"): "Opgeslagen: %1. Dank je wel voor je hulp!",
    ("gw::HourHistoryModel", "Removed on %1"): "Weggehaald op %1",
    ("gw::HourHistoryModel", "Changed to %1"): "Gewijzigd naar %1",
    ("gw::HourHistoryModel", "Changed to %1 on %2"): "Gewijzigd naar %1 op %2",
    ("gw::HourHistoryModel", "Not accepted by the server."): "Niet geaccepteerd door de server.",
    ("gw::HoursService", "%1 per month"): "%1 per maand",
    ("gw::HoursService", "%1 per week"): "%1 per week",
    ("gw::HoursService", "week %1"): "week %1",
    ("gw::HoursService", "Gangwerk is not set up yet."): "Gangwerk is nog niet ingesteld.",
    ("gw::HoursService", "Your hours could not be saved. Nothing was changed. Please try again."):
        "Je uren konden niet worden opgeslagen. Er is niets veranderd. Probeer het nog een keer.",
    ("gw::HoursService", "The entry could not be removed. Nothing was changed. Please try again."):
        "De uren konden niet worden weggehaald. Er is niets veranderd. Probeer het nog een keer.",
    ("gw::HoursService", "This is not a date. Choose the end of the pause again."):
        "Dit is geen datum. Kies opnieuw tot wanneer de pauze duurt.",
    ("gw::HoursService", "Your beheerder paused your hours until %1. Take good care of yourself."):
        "Je beheerder heeft je uren op pauze gezet tot en met %1. Zorg goed voor jezelf.",
    ("gw::HoursService", "Your pause has ended: hours are asked again from today. Good to have you back."):
        "Je pauze is voorbij: vanaf vandaag worden weer uren gevraagd. Fijn dat je er weer bent.",
    ("Mutations", "A pause cannot end before today. Choose a later date, or lift the pause."):
        "Een pauze kan niet eindigen voor vandaag. Kies een latere datum, of stop de pauze.",
    ("gw::sync::SyncStatus", "Everything is up to date."): "Alles is bijgewerkt.",
    ("gw::sync::SyncStatus", "The server does not answer — your changes are safe on this device"):
        "De server reageert niet — je wijzigingen staan veilig op dit apparaat",
    ("Mutations", "This member is not part of your project."):
        "Deze bewoner hoort niet bij je project.",
    # the permission table (core/permissions.cpp): why something is not allowed
    ("Permissions", "You can only log your own hours."): "Je kunt alleen je eigen uren invullen.",
    ("Permissions", "Only a beheerder can credit hours for an activity or a service."):
        "Alleen de beheerder kan uren geven voor een activiteit of een buurtdienst.",
    ("Permissions", "Only the beheerder sees everyone's hours."):
        "Alleen de beheerder ziet de uren van iedereen.",
    ("Permissions", "Only a beheerder can pause a requirement."):
        "Alleen de beheerder kan de uren van iemand stilzetten.",
    ("Permissions", "Only the member and the beheerder see this."):
        "Dit zien alleen de bewoner zelf en de beheerder.",
    ("Permissions", "Only the beheerder sees the reason for a pause."):
        "Alleen de beheerder ziet waarom de uren stilstaan.",
    ("Permissions", "This is only for the people of that corridor."):
        "Dit is alleen voor de mensen van die gang.",
    ("Permissions", "Only the beheerder sees this."): "Dit ziet alleen de beheerder.",
    ("Permissions", "Only a gangmaker or the beheerder can plan an activity here."):
        "Alleen een gangmaker of de beheerder kan hier een activiteit plannen.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can change this activity."):
        "Alleen een gangmaker van deze gang of de beheerder kan deze activiteit veranderen.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can cancel this activity."):
        "Alleen een gangmaker van deze gang of de beheerder kan deze activiteit afzeggen.",
    ("Permissions", "Only the organisers see who signed up."):
        "Alleen de organisatoren zien wie zich heeft aangemeld.",
    ("Permissions", "Only the organisers can take attendance."):
        "Alleen de organisatoren houden bij wie er was.",
    ("Permissions", "Only the organisers can give someone a place from the waiting list."):
        "Alleen de organisatoren kunnen iemand van de wachtlijst een plek geven.",
    ("Permissions", "You can only sign yourself up or off."):
        "Je kunt alleen jezelf aanmelden of afmelden.",
    ("Permissions", "You can only come together with a neighbour from your corridor."):
        "Je kunt alleen samen komen met een buur van je eigen gang.",
    ("Permissions", "You can only ask or offer help for yourself."):
        "Je kunt alleen voor jezelf hulp vragen of aanbieden.",
    ("Permissions", "Only a gangmaker or the beheerder can ask for help for a neighbour."):
        "Alleen een gangmaker of de beheerder kan hulp vragen voor een buur.",
    ("Permissions", "You cannot take this request."): "Je kunt deze vraag niet aannemen.",
    ("Permissions", "Only the helper can report this help as done."):
        "Alleen wie helpt, kan melden dat de hulp klaar is.",
    ("Permissions", "Only the person who asked can confirm this help."):
        "Alleen wie de vraag stelde, kan de hulp bevestigen.",
    ("Permissions", "Only the beheerder can hide a post."):
        "Alleen de beheerder kan een bericht verbergen.",
    ("Permissions", "Only the beheerder can settle this."): "Alleen de beheerder kan dit oplossen.",
    ("Permissions", "Only the member and the beheerder see these talents."):
        "Deze talenten zien alleen de bewoner zelf en de beheerder.",
    ("Permissions", "Only the beheerder can change talents."):
        "Alleen de beheerder kan talenten veranderen.",
    ("Permissions", "You can only send a signal in your own name."):
        "Je kunt alleen een signaal sturen op je eigen naam.",
    ("Permissions", "Only a gangmaker can send a signal for a neighbour."):
        "Alleen een gangmaker kan een signaal sturen voor een buur.",
    ("Permissions", "Only the person who sent this signal and the beheerder see it."):
        "Dit signaal zien alleen wie het stuurde en de beheerder.",
    ("Permissions", "Only the person who sent this signal can add to it."):
        "Alleen wie dit signaal stuurde, kan er iets aan toevoegen.",
    ("Permissions", "Only the person who sent this signal can open it again."):
        "Alleen wie dit signaal stuurde, kan het weer openen.",
    ("Permissions", "Only the beheerder can handle a signal."):
        "Alleen de beheerder kan een signaal behandelen.",
    ("Permissions", "Only the beheerder sees notes on a signal."):
        "Alleen de beheerder ziet notities bij een signaal.",
    ("Permissions", "Only the beheerder can write notes on a signal."):
        "Alleen de beheerder kan notities bij een signaal schrijven.",
    ("Permissions", "Only the beheerder can ask for a knock on the door."):
        "Alleen de beheerder kan vragen om bij iemand aan te kloppen.",
    ("Permissions", "This task is for someone else."): "Deze taak is voor iemand anders.",
    ("Permissions", "Only the beheerder can invite people."):
        "Alleen de beheerder kan mensen uitnodigen.",
    ("Permissions", "Only the beheerder can disconnect a device."):
        "Alleen de beheerder kan een apparaat loskoppelen.",
    ("gw::HoursService", "The pause could not be saved. Nothing was changed. Please try again."):
        "Het stilzetten kon niet worden opgeslagen. Er is niets veranderd. Probeer het nog een keer.",
    ("gw::MemberProgressModel", "%1 of %2"): "%1 van %2",
    ("gw::MonthlyHoursModel", "%1: %2 of %3"): "%1: %2 van %3",
    ("gw::Session", "Gangwerk cannot create the folder for your data. Check free space."):
        "Gangwerk kan de map voor je gegevens niet maken. Kijk of er genoeg ruimte vrij is.",
    ("gw::Session", "The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help."):
        "De sleutel van je gegevens staat niet meer op deze computer. Daarom kan Gangwerk ze niet openen. Er is niets veranderd. Vraag je beheerder om hulp.",
    ("gw::Session", "Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed."):
        "Je gegevens zitten op slot met de sleutelbos van deze computer, maar die is nu niet bereikbaar. Log uit en weer in, en open Gangwerk daarna opnieuw. Er is niets veranderd.",
    ("gw::Session", "Use at least %n characters."):
        ["Gebruik minstens %n teken.", "Gebruik minstens %n tekens."],
    ("gw::Session", "The two passphrases are not the same. Type them again."):
        "De twee wachtzinnen zijn niet hetzelfde. Typ ze nog een keer.",
    ("gw::Session", "That passphrase is not right. Try again."):
        "Die wachtzin klopt niet. Probeer het nog een keer.",
    # enrolment (first run)
    ("AppShell", "Residents"): "Bewoners",
    ("EnrolPage", "Connect to your housing project"): "Verbind met je woonproject",
    ("EnrolPage", "Your beheerder gives you a server address and an invite code. You only do this once on this device."):
        "Je beheerder geeft je een adres en een uitnodigingscode. Dit doe je maar één keer op dit apparaat.",
    ("EnrolPage", "Server address"): "Adres van je project",
    ("EnrolPage", "Starts with https://. An address with http:// only works for a test server on this computer."):
        "Begint met https://. Een adres met http:// werkt alleen voor een testserver op deze computer.",
    ("EnrolPage", "Invite code"): "Uitnodigingscode",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter."):
        "Hoofdletters, spaties en streepjes maken niet uit.",
    ("EnrolPage", "Name of this device"): "Naam van dit apparaat",
    ("EnrolPage", "So you and your beheerder can recognise it later."):
        "Zo herkennen jij en je beheerder het later.",
    ("EnrolPage", "Your name (if you want)"): "Je naam (als je wilt)",
    ("EnrolPage", "Your name"): "Je naam",
    ("EnrolPage", "Leave it empty if your beheerder already wrote down your name."):
        "Laat dit leeg als je beheerder je naam al heeft opgeschreven.",
    ("EnrolPage", "Connecting… This can take a moment."): "Bezig met verbinden… Dit kan even duren.",
    ("EnrolPage", "Connect"): "Verbinden",
    ("EnrolPage", "Connects this device to your housing project."): "Verbindt dit apparaat met je woonproject.",
    ("gw::sync::Enrolment", "Check the code letter by letter. A code works only once, and only for a short time."):
        "Kijk de code letter voor letter na. Een code werkt maar één keer, en maar een korte tijd.",
    ("gw::sync::Enrolment", "This protects your project against people who guess codes."):
        "Zo is je project beschermd tegen mensen die codes proberen te raden.",
    ("gw::sync::Enrolment", "Is the address exactly as your beheerder gave it? Are you connected to the internet?"):
        "Is het adres precies zoals je beheerder het gaf? Heb je internet?",
    ("gw::sync::Enrolment", "Do not use this address until your beheerder has checked it."):
        "Gebruik dit adres pas als je beheerder het heeft nagekeken.",
    ("gw::sync::Enrolment", "Install the newest version of Gangwerk, then try again."):
        "Installeer de nieuwste versie van Gangwerk en probeer het dan opnieuw.",
    ("gw::sync::Enrolment", "For example: https://gangwerk.example.nl"): "Bijvoorbeeld: https://gangwerk.example.nl",
    ("gw::sync::Enrolment", "If it keeps happening, tell your beheerder."): "Blijft dit gebeuren? Zeg het dan tegen je beheerder.",
    ("gw::sync::Enrolment", "Gangwerk on %1"): "Gangwerk op %1",
    ("gw::sync::Enrolment", "An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)"):
        "Een adres met http:// is niet veilig: anderen kunnen meelezen. Gebruik het adres met https://. (http:// werkt alleen voor een testserver op deze computer.)",
    ("gw::sync::Enrolment", "Type the address of your project's server."): "Typ het adres van de server van je project.",
    ("gw::sync::Enrolment", "Your beheerder gives it to you, together with the invite code."):
        "Je krijgt het van je beheerder, samen met de uitnodigingscode.",
    ("gw::sync::Enrolment", "Type the invite code from your beheerder."): "Typ de uitnodigingscode van je beheerder.",
    ("gw::sync::Enrolment", "It looks like ABCD-EFGH-JKLM-NPQR."): "Die ziet eruit als ABCD-EFGH-JKLM-NPQR.",
    # sync status
    ("gw::sync::SyncStatus", "%n change(s) waiting to be sent"):
        ["%n wijziging wacht om verstuurd te worden", "%n wijzigingen wachten om verstuurd te worden"],
    ("gw::sync::SyncStatus", "Demo on this device only: not connected to a server."):
        "Demo alleen op dit apparaat: niet verbonden met een server.",
    ("gw::sync::SyncStatus", "Syncing…"): "Bezig met bijwerken…",
    ("gw::sync::SyncStatus", "Offline — your changes are safe on this device"):
        "Offline — je wijzigingen zijn veilig op dit apparaat",
    ("gw::sync::SyncStatus", "Not synced — your changes are safe on this device"):
        "Niet bijgewerkt — je wijzigingen zijn veilig op dit apparaat",
    ("gw::sync::SyncStatus", "Not synced yet"): "Nog niet bijgewerkt",
    ("gw::sync::SyncStatus", "Synced just now"): "Net bijgewerkt",
    ("gw::sync::SyncStatus", "Synced %n minute(s) ago"):
        ["%n minuut geleden bijgewerkt", "%n minuten geleden bijgewerkt"],
    ("gw::sync::SyncStatus", "Synced %n hour(s) ago"):
        ["%n uur geleden bijgewerkt", "%n uur geleden bijgewerkt"],
    ("gw::sync::SyncStatus", "Synced on %1"): "Bijgewerkt op %1",
    ("SyncStatusLine", "Shows the sync details."): "Toont wat er is bijgewerkt.",
    ("SyncSection", "Sync"): "Synchroniseren",
    ("SyncSection", "Server: %1"): "Server: %1",
    ("SyncSection", "Syncing…"): "Bezig met bijwerken…",
    ("SyncSection", "Sync now"): "Nu bijwerken",
    ("SyncSection", "Sends your changes and fetches the newest data."):
        "Verstuurt je wijzigingen en haalt de nieuwste gegevens op.",
    ("SyncSection", "Not accepted by the server"): "Niet aangenomen door de server",
    ("SyncSection", "These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear."):
        "Deze wijzigingen tellen niet mee. Ze blijven in deze lijst staan, zodat je ziet wat er gebeurde. Is iets niet duidelijk? Vraag het je beheerder.",
    ("MutationKinds", "A pause of someone's hours"): "Een pauze van iemands uren",
    ("MutationKinds", "Hours you logged"): "Uren die je logde",
    ("MutationKinds", "A change"): "Een wijziging",
    ("SyncSection", "%1, made on %2: %3"): "%1, gemaakt op %2: %3",
    ("SyncSection", "%1, made on %2"): "%1, gemaakt op %2",
    ("SettingsPage", "Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet."):
        "Je uren staan versleuteld op dit apparaat en gaan naar de server van je project, zodat je beheerder ze kan zien. Uren invullen werkt ook zonder internet.",
    # the engine's words
    ("gw::sync::SyncEngine", "This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you."):
        "Dit is geen goed adres. Het ziet eruit als gangwerk.example.nl:8443. Je beheerder kan het je vertellen.",
    ("gw::sync::SyncEngine", "The server cannot be reached. Check the address and your internet connection, then try again."):
        "De server is niet te bereiken. Kijk het adres en je internet na en probeer het opnieuw.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder."):
        "De server kon niet bewijzen wie hij is (het certificaat wordt niet vertrouwd). Er is niets verstuurd. Kijk het adres na met je beheerder.",
    ("gw::sync::SyncEngine", "This address does not answer like a Gangwerk server. Check the address with your beheerder."):
        "Dit adres antwoordt niet zoals een Gangwerk-server. Kijk het adres na met je beheerder.",
    ("gw::sync::SyncEngine", "This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code."):
        "Deze uitnodigingscode werkt niet. Misschien is er een typfout, is de code verlopen of al gebruikt. Vraag je beheerder om een nieuwe code.",
    ("gw::sync::SyncEngine", "Too many attempts just now. Wait a few minutes and try again."):
        "Te veel pogingen net. Wacht een paar minuten en probeer het opnieuw.",
    ("gw::sync::SyncEngine", "This version of Gangwerk is too old for the server. Please update the app."):
        "Deze versie van Gangwerk is te oud voor de server. Werk de app bij.",
    ("gw::sync::SyncEngine", "Enrolling did not work because of a problem on the server. Try again later."):
        "Verbinden lukte niet door een probleem op de server. Probeer het later opnieuw.",
    ("gw::sync::SyncEngine", "The server's answer was not understood. Try again later."):
        "Het antwoord van de server was niet te begrijpen. Probeer het later opnieuw.",
    ("gw::sync::SyncEngine", "Gangwerk could not save the enrolment on this device. Nothing was changed; try again."):
        "Gangwerk kon de verbinding niet opslaan op dit apparaat. Er is niets veranderd. Probeer het opnieuw.",
    ("gw::sync::SyncEngine", "The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back."):
        "De server is nu niet te bereiken. Je wijzigingen zijn veilig op dit apparaat en gaan mee zodra er weer verbinding is.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder."):
        "De server kon niet bewijzen wie hij is (het certificaat wordt niet vertrouwd). Daarom is er niets verstuurd. Zeg het tegen je beheerder.",
    ("gw::sync::SyncEngine", "This device is no longer connected to your project. Ask your beheerder for a new invite code."):
        "Dit apparaat is niet meer verbonden met je project. Vraag je beheerder om een nieuwe uitnodigingscode.",
    ("gw::sync::SyncEngine", "The server does not allow this device to sync. Please tell your beheerder."):
        "De server laat dit apparaat niet bijwerken. Zeg het tegen je beheerder.",
    ("gw::sync::SyncEngine", "Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again."):
        "Synchroniseren lukte net niet. Je wijzigingen zijn veilig op dit apparaat. Gangwerk probeert het opnieuw.",
    # beheerder: residents and pauses
    ("ResidentsPage", "Residents"): "Bewoners",
    ("ResidentsPage", "This month (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "Deze maand (%1): gedane uren en gevraagde uren. Een reden om met iemand te praten, nooit om mensen te vergelijken.",
    ("ResidentsPage", "This week (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "Deze week (%1): gedane uren en gevraagde uren. Een reden om met iemand te praten, nooit om mensen te vergelijken.",
    ("ResidentsPage", "No residents yet. They appear here after they connect and sync."):
        "Nog geen bewoners. Ze komen hier te staan zodra ze verbonden zijn en hun gegevens zijn bijgewerkt.",
    ("MemberRow", "gangmaker"): "gangmaker",
    ("MemberRow", "%1 done, hours paused until %2"): "%1 gedaan, uren gepauzeerd tot en met %2",
    ("MemberRow", "%1 done"): "%1 gedaan",
    ("MemberRow", "Hours paused until %1"): "Uren gepauzeerd tot en met %1",
    ("MemberRow", "Change pause"): "Pauze wijzigen",
    ("MemberRow", "Pause"): "Pauzeren",
    ("MemberRow", "Change the pause for %1"): "De pauze van %1 wijzigen",
    ("MemberRow", "Pause the hours of %1"): "De uren van %1 pauzeren",
    ("PauseDialog", "The pause could not be saved. Please try again."):
        "De pauze kon niet worden opgeslagen. Probeer het opnieuw.",
    ("PauseDialog", "The pause for %1 is lifted."): "De pauze van %1 is gestopt.",
    ("PauseDialog", "%1's hours are paused until %2."): "De uren van %1 zijn gepauzeerd tot en met %2.",
    ("PauseDialog", "Pause hours for %1"): "Uren pauzeren voor %1",
    ("PauseDialog", "The hours of %1 are paused until %2. Choose a new date, or lift the pause."):
        "De uren van %1 zijn gepauzeerd tot en met %2. Kies een nieuwe datum, of stop de pauze.",
    ("PauseDialog", "During a pause, %1 is not asked to do hours. Hours they still log keep counting."):
        "Tijdens een pauze vragen we %1 geen uren te doen. Uren die toch worden ingevuld, tellen gewoon mee.",
    ("PauseDialog", "Until the end of this month (%1)"): "Tot het einde van deze maand (%1)",
    ("PauseDialog", "Until the end of next month (%1)"): "Tot het einde van volgende maand (%1)",
    ("PauseDialog", "For a number of weeks"): "Een aantal weken",
    ("PauseDialog", "Number of weeks"): "Aantal weken",
    ("PauseDialog", "%n week(s), until %1"): ["%n week, tot en met %1", "%n weken, tot en met %1"],
    ("PauseDialog", "Lift the pause: hours are asked again from today"):
        "Pauze stoppen: vanaf vandaag worden weer uren gevraagd",
    ("PauseDialog", "Cancel"): "Annuleren",
    ("PauseDialog", "Lift pause"): "Pauze stoppen",
    ("HomePage", "%1 · your hours are paused"): "%1 · je uren staan op pauze",
    ("HomePage", "Paused until"): "Pauze tot",
    ("HomePage", "%1 done. Your hours are paused until %2."): "%1 gedaan. Je uren staan op pauze tot en met %2.",
    ("PauseDialog", "Keep pause"): "Pauze houden",
    ("PauseDialog", "Extend pause"): "Pauze verlengen",
    ("PauseDialog", "Shorten pause"): "Pauze inkorten",
    ("PauseDialog", "Keep it until %1, as it is now"): "Zo laten: tot en met %1",
    ("PauseDialog", "Pause hours"): "Uren pauzeren",
    # core rules (added by the core engineer)
    ("HoursRules", "This entry is too long ago to change. Ask your beheerder to change it."):
        "Deze uren zijn te lang geleden om te veranderen. Vraag je beheerder om het te veranderen.",
    ("HoursRules", "This removal does not match the entry it removes. Nothing was changed."):
        "Dit weghalen past niet bij de uren die het weghaalt. Er is niets veranderd.",
    # first start
    ("EnrolPage", "Got a link or a QR code from your beheerder? Open it on this device: everything is filled in."):
        "Heb je een link of een QR-code van je beheerder? Open die op dit apparaat. Dan wordt alles voor je ingevuld.",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter. You can also paste the invite link here."):
        "Hoofdletters, spaties en streepjes maken niet uit. Je kunt hier ook de uitnodigingslink plakken.",
    ("IntroPage", "Living here means helping each other"): "Hier wonen is elkaar helpen",
    ("IntroPage", "In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid."):
        "In je woonproject doen buren dingen voor elkaar. Je project vraagt iedereen om een paar uur per maand. Dat heet wederkerigheid.",
    ("IntroPage", "What counts"): "Wat telt mee",
    ("IntroPage", "Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too."):
        "Boodschappen voor een buur, een praatje, hulp met een formulier of een computer, samen koken, werken in de tuin, een bewonersavond. Kleine dingen tellen ook.",
    ("IntroPage", "Your hours, safe on this device"): "Je uren, veilig op dit apparaat",
    ("IntroPage", "You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them."):
        "Je schrijft op hoeveel uur je hebt geholpen. Dat staat op slot op dit apparaat en gaat alleen naar je beheerder. Je buren zien het niet.",
    ("IntroPage", "Step %1 of %2"): "Stap %1 van %2",
    ("IntroPage", "Skip"): "Overslaan",
    ("IntroPage", "Skip the introduction"): "Uitleg overslaan",
    ("IntroPage", "Next"): "Verder",
    ("IntroPage", "Start"): "Beginnen",
    ("InviteLink", "This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code."):
        "Dit is geen uitnodigingslink van Gangwerk. Vraag je beheerder om een nieuwe, of typ het adres en de code.",
    ("InviteLink", "This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code."):
        "In deze uitnodigingslink staat geen goed adres. Vraag je beheerder om een nieuwe, of typ het adres en de code.",
    ("InviteLink", "This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code."):
        "In deze uitnodigingslink staat geen goede code. Vraag je beheerder om een nieuwe, of typ het adres en de code.",
    ("gw::sync::Enrolment", "Phone"): "Telefoon",
    ("gw::sync::Enrolment", "Computer"): "Computer",
    ("gw::sync::Enrolment", "%1, since %2"): "%1, sinds %2",
    ("MonthChart", "Use the arrow keys to choose a month."): "Kies een maand met de pijltjestoetsen.",
    ("YearChartCard", "The last 12 months"): "De laatste 12 maanden",
    ("LogHoursPage", "Another day…"): "Een andere dag…",
    ('HomePage', 'May need a conversation'): 'Misschien een gesprek waard',
    ('MemberRow', 'May need a conversation'): 'Misschien een gesprek waard',
    ('ResidentsPage', 'May need a conversation'): 'Misschien een gesprek waard',
    ('HomePage', 'In %1, everyone did at least half of what was asked so far.'): 'In %1 heeft iedereen minstens de helft gedaan van wat tot nu toe gevraagd is.',
    ('HomePage', 'In %1, they did less than half of what was asked so far: %2.'): 'In %1 deden zij minder dan de helft van wat tot nu toe gevraagd is: %2.',
    ('HomePage', 'Show them'): 'Laat zien',
    ('HomePage', 'Show the residents who may need a conversation'): 'Laat de bewoners zien met wie een gesprek misschien goed is',
    ('ResidentRow', 'No corridor'): 'Geen gang',
    ('ResidentsPage', '%1: hours done and hours asked. A reason to talk with someone, never to compare people.'): '%1: gedane uren en gevraagde uren. Een reden om met iemand te praten, nooit om mensen te vergelijken.',
    ('ResidentsPage', 'This month'): 'Deze maand',
    ('ResidentsPage', 'This week'): 'Deze week',
    ('ResidentsPage', 'Last month'): 'Vorige maand',
    ('ResidentsPage', 'Last week'): 'Vorige week',
    ('ResidentsPage', 'Find by name or corridor'): 'Zoek op naam of gang',
    ('ResidentsPage', 'Find a resident by name or corridor'): 'Zoek een bewoner op naam of gang',
    ('ResidentsPage', 'Everyone'): 'Iedereen',
    ('ResidentsPage', 'Paused'): 'Gepauzeerd',
    ('ResidentsPage', '%1 of %2 residents shown'): '%1 van %2 bewoners',
    ('ResidentsPage', 'Getting the residents from your project…'): 'De bewoners worden opgehaald bij je project…',
    ('ResidentsPage', 'Nobody matches. Clear the search or choose Everyone.'): 'Niemand gevonden. Maak het zoeken leeg of kies Iedereen.',
    ('HomePage', 'and %n more'): ['en nog %n ander', 'en nog %n anderen'],
    ('ResidentsPage', 'Worth a talk'): 'Gesprek waard',
    ('MonthReport', 'Corridor'): 'Gang',
    ('MonthReport', 'Name'): 'Naam',
    ('MonthReport', 'Minutes done'): 'Minuten gedaan',
    ('MonthReport', 'Minutes asked'): 'Minuten gevraagd',
    ('MonthReport', 'Done'): 'Gedaan',
    ('MonthReport', 'Asked'): 'Gevraagd',
    ('MonthReport', 'Paused until'): 'Pauze tot',
    ('MonthReport', 'Wederkerigheid: %1, %2'): 'Wederkerigheid: %1, %2',
    ('MonthReport', '%1 residents. Together %2 done of %3 asked. %4 paused.'): '%1 bewoners. Samen %2 gedaan van %3 gevraagd. %4 met pauze.',
    ('MonthReport', 'Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.'): 'Gemaakt met Gangwerk. De uren zijn een reden om met iemand te praten, nooit om mensen te vergelijken.',
    ('MonthReport', 'The folder %1 cannot be made.'): 'De map %1 kan niet gemaakt worden.',
    ('MonthReport', 'The report could not be saved (%1).'): 'Het overzicht kon niet bewaard worden (%1).',
    ('ResidentsPage', 'Month report'): 'Maandoverzicht',
    ('ResidentsPage', 'Save the month report for the housing provider, as a spreadsheet and to print'): 'Bewaar het maandoverzicht voor de woningcorporatie, als spreadsheet en om te printen',
    ('ResidentsPage', 'Open the folder with the report'): 'Open de map met het overzicht',
    ('gw::Session', 'Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).'): 'Bewaard in %1: het overzicht als spreadsheet (CSV) en om te printen (PDF).',
    ('PauseDialog', 'Reason (optional, only the beheerder sees it)'): 'Reden (mag leeg blijven, alleen de beheerder ziet dit)',
    ('PauseDialog', 'Reason for the pause, optional. Only the beheerder sees it.'): 'Reden voor de pauze, mag leeg blijven. Alleen de beheerder ziet dit.',
    ('ResidentPage', 'Change pause'): 'Pauze wijzigen',
    ('ResidentPage', 'Pause'): 'Pauzeren',
    ('ResidentPage', 'Change the pause for %1'): 'De pauze van %1 wijzigen',
    ('ResidentPage', 'Pause the hours of %1'): 'De uren van %1 pauzeren',
    ('ResidentPage', 'The last 12 months'): 'De laatste 12 maanden',
    ('ResidentPage', 'All residents'): 'Alle bewoners',
    ('ResidentPage', 'Back to all residents'): 'Terug naar alle bewoners',
    ('ResidentPage', 'Hours given'): 'Gegeven uren',
    ('ResidentPage', 'Pauses'): 'Pauzes',
    ('ResidentPage', 'No pauses.'): 'Geen pauzes.',
    ('ResidentPage', 'now'): 'nu',
    ('ResidentPage', 'Reason: %1'): 'Reden: %1',
    ('ResidentPage', 'Entries'): 'Ingevulde uren',
    ('ResidentPage', 'No hours filled in yet.'): 'Nog geen uren ingevuld.',
    ('ResidentPage', 'a correction'): 'een verbetering',
    ('ResidentsPage', 'paused until %1'): 'pauze tot en met %1',
    ('gw::MemberProgressModel', '%1 – %2'): '%1 – %2',
    ('ResidentsPage', 'By corridor'): 'Per gang',
    ('ResidentsPage', 'Group by corridor'): 'Groepeer per gang',
    # Devices (issue 7): a resident's phones, and disconnecting a lost one.
    ('DeviceLine', 'this device'): 'dit apparaat',
    ('DeviceLine', 'waiting to be sent'): 'wacht op versturen',
    ('DeviceLine', 'Disconnect'): 'Loskoppelen',
    ('DeviceLine', 'Disconnect %1'): '%1 loskoppelen',
    ('Devices', 'never'): 'nooit',
    ('Devices', 'today'): 'vandaag',
    ('Devices', 'yesterday'): 'gisteren',
    ('Devices', '%n days ago'): ['%n dag geleden', '%n dagen geleden'],
    ('DisconnectDialog', '%1 of %2 is disconnected.'): '%1 van %2 is losgekoppeld.',
    ('DisconnectDialog', 'Disconnect %1?'): '%1 loskoppelen?',
    ('DisconnectDialog', 'This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.'):
        'Dit apparaat van %1 kan daarna niets meer zien of versturen. De uren blijven staan. Om Gangwerk er weer op te gebruiken, is een nieuwe uitnodiging nodig.',
    ('DisconnectDialog', 'Cancel'): 'Annuleren',
    ('DisconnectDialog', 'Disconnect'): 'Loskoppelen',
    ('DisconnectDialog', 'Disconnect %1'): '%1 loskoppelen',
    ('MemberRow', 'Not connected yet'): 'Nog niet verbonden',
    ('MemberRow', 'Last updated: %1'): 'Laatst bijgewerkt: %1',
    ('MemberRow', 'studio %1'): 'studio %1',
    ('MutationKinds', 'A device you disconnected'): 'Een apparaat dat je loskoppelde',
    ('Mutations', 'This device is not part of your project.'): 'Dit apparaat hoort niet bij je project.',
    ('Mutations', 'You are using this device now. You cannot disconnect it from here.'):
        'Je gebruikt dit apparaat nu. Je kunt het hier niet loskoppelen.',
    ('ResidentPage', 'Studio %1'): 'Studio %1',
    ('ResidentPage', 'Devices'): 'Apparaten',
    ('ResidentPage', 'Not connected yet. Give %1 an invite to connect a phone.'):
        'Nog niet verbonden. Geef %1 een uitnodiging om een telefoon te verbinden.',
    ('ResidentsPage', 'Find by name, studio or corridor'): 'Zoek op naam, studio of gang',
    ('ResidentsPage', 'Find a resident by name, studio or corridor'): 'Zoek een bewoner op naam, studio of gang',
    ('ResidentsPage', 'Not updated for %n days'): ['%n dag niet bijgewerkt', '%n dagen niet bijgewerkt'],
    ('ResidentsPage', 'Not connected yet'): 'Nog niet verbonden',
    ('ResidentsPage', '%n days'): ['%n dag', '%n dagen'],
    ('ResidentsPage', 'Not updated for how many days'): 'Hoeveel dagen niet bijgewerkt',
    ('gw::DeviceListModel', 'Last updated: %1'): 'Laatst bijgewerkt: %1',
    ('gw::DeviceListModel', 'Connected since %1'): 'Verbonden sinds %1',
    ('gw::DeviceListModel', 'Disconnected on %1'): 'Losgekoppeld op %1',
    ('gw::DevicesService', 'Gangwerk is not set up yet.'): 'Gangwerk is nog niet ingesteld.',
    ('gw::DevicesService', 'The device could not be disconnected. Nothing was changed. Please try again.'):
        'Het apparaat kon niet worden losgekoppeld. Er is niets veranderd. Probeer het opnieuw.',
    ('DayPicker', 'Choose a day'): 'Kies een dag',
    ('DayPicker', 'Previous month'): 'Vorige maand',
    ('DayPicker', 'Next month'): 'Volgende maand',
    ('DayPicker', 'today'): 'vandaag',
    ('DayPicker', 'Cancel'): 'Annuleren',
    ('LogHoursPage', 'Day: %1. Choose another day'): 'Dag: %1. Kies een andere dag',
    ('ActivitiesRules', 'Give the activity a name, for example “Cooking together”.'): 'Geef de activiteit een naam, bijvoorbeeld “Samen koken”.',
    ('ActivitiesRules', 'The name is too long. Use at most %1 characters.'): 'De naam is te lang. Gebruik hoogstens %1 tekens.',
    ('ActivitiesRules', 'The description is too long. Use at most %1 characters.'): 'De beschrijving is te lang. Gebruik hoogstens %1 tekens.',
    ('ActivitiesRules', 'Choose where the activity takes place.'): 'Kies waar de activiteit is.',
    ('ActivitiesRules', 'Choose the day and time it starts.'): 'Kies de dag en de tijd waarop het begint.',
    ('ActivitiesRules', 'This time has passed. Choose a time that is still to come.'): 'Deze tijd is al voorbij. Kies een tijd die nog moet komen.',
    ('ActivitiesRules', 'Choose an end after the start.'): 'Kies een eindtijd na de begintijd.',
    ('ActivitiesRules', 'An activity lasts at most %1 hours. Plan a longer one as two activities.'): 'Een activiteit duurt hoogstens %1 uur. Plan een langere als twee activiteiten.',
    ('ActivitiesRules', 'Choose between 1 and %1 places, or no limit.'): 'Kies tussen 1 en %1 plaatsen, of geen grens.',
    ('ActivitiesRules', 'Signing up must close before the activity starts.'): 'Aanmelden moet sluiten voordat de activiteit begint.',
    ('ActivitiesRules', 'Choose how long counts as hours: between 5 minutes and %1 hours.'): 'Kies hoeveel tijd als uren telt: tussen 5 minuten en %1 uur.',
    ('ActivitiesRules', 'Only an activity that counts as hours gives time.'): 'Alleen een activiteit die als uren telt, geeft tijd.',
    ('ActivitiesRules', '%1 is already booked then for “%2” (%3). Choose another time or place.'): '%1 is dan al bezet voor “%2” (%3). Kies een andere tijd of plek.',
    ('ActivitiesRules', 'This activity is cancelled. You cannot sign up for it.'): 'Deze activiteit gaat niet door. Je kunt je er niet voor aanmelden.',
    ('ActivitiesRules', 'This activity has already started. You cannot sign up for it any more.'): 'Deze activiteit is al begonnen. Je kunt je er niet meer voor aanmelden.',
    ('ActivitiesRules', 'Signing up for this activity has closed. Ask the organiser if you still want to come.'): 'Aanmelden voor deze activiteit is gesloten. Vraag de organisator als je toch wilt komen.',
    ('ActivitiesRules', 'You are already signed up for this activity (or your neighbour is).'): 'Je bent al aangemeld voor deze activiteit (of je buur is dat).',
    ('ActivitiesRules', 'Choose a neighbour to come with, or come alone.'): 'Kies een buur om samen mee te komen, of kom alleen.',
    # activities (issue 8)
    ('ActivitiesPage', 'Activities'): 'Activiteiten',
    ('ActivitiesPage', 'What your neighbours organise. Sign up, alone or together with a neighbour.'): 'Wat je buren organiseren. Meld je aan, alleen of samen met een buur.',
    ('ActivitiesPage', 'Which activities'): 'Welke activiteiten',
    ('ActivitiesPage', 'Coming up'): 'Binnenkort',
    ('ActivitiesPage', 'Mine'): 'Van mij',
    ('ActivitiesPage', 'Earlier'): 'Geweest',
    ('ActivitiesPage', 'You have not signed up for anything yet. Look under “Coming up”.'): 'Je hebt je nog nergens voor aangemeld. Kijk bij “Binnenkort”.',
    ('ActivitiesPage', 'No activities in the last two months.'): 'Geen activiteiten in de laatste twee maanden.',
    ('ActivitiesPage', 'No activities planned yet. Your corridor is waiting for the first one.'): 'Er zijn nog geen activiteiten gepland. Je gang wacht op de eerste.',
    ('ActivitiesPage', 'No activities yet. Ask your gangmaker what is coming.'): 'Nog geen activiteiten. Vraag je gangmaker wat er komt.',
    ('ActivitiesPage', 'Choose an activity to see what it is and to sign up.'): 'Kies een activiteit om te zien wat het is en om je aan te melden.',
    ('ActivitiesRules', '%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'): '%1 is de huiskamer van een andere gang. Kies een ruimte voor iedereen, of de huiskamer van deze gang.',
    ('ActivityCard', 'Cancelled'): 'Gaat niet door',
    ('ActivityCard', 'You organise this'): 'Jij organiseert dit',
    ('ActivityCard', '%1 · for everyone'): '%1 · voor iedereen',
    ('ActivityDetail', 'You signed up together with %1. You will see here when it is confirmed.'): 'Je hebt je samen met %1 aangemeld. Je ziet hier wanneer het bevestigd is.',
    ('ActivityDetail', 'You signed up. You will see here when it is confirmed.'): 'Je bent aangemeld. Je ziet hier wanneer het bevestigd is.',
    ('ActivityDetail', 'All activities'): 'Alle activiteiten',
    ('ActivityDetail', 'Back to all activities'): 'Terug naar alle activiteiten',
    ('ActivityDetail', '%1 · for everyone in the project'): '%1 · voor iedereen in het project',
    ('ActivityDetail', '%1 · for your corridor'): '%1 · voor jouw gang',
    ('ActivityDetail', 'This activity is cancelled: %1'): 'Deze activiteit gaat niet door: %1',
    ('ActivityDetail', 'When someone signs off, the first on the list gets the place. You will see it here.'): 'Meldt iemand zich af, dan krijgt de eerste op de lijst de plek. Je ziet het hier.',
    ('ActivityDetail', 'Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.'): 'Je telefoon stuurt het zodra er internet is. De plekken gaan op volgorde van aanmelden.',
    ('ActivityDetail', 'Join the waiting list'): 'Op de wachtlijst',
    ('ActivityDetail', 'Sign up'): 'Aanmelden',
    ('ActivityDetail', 'Join the waiting list for %1'): 'Zet je op de wachtlijst voor %1',
    ('ActivityDetail', 'Sign up for %1'): 'Aanmelden voor %1',
    ('ActivityDetail', 'Come with a neighbour…'): 'Samen met een buur…',
    ('ActivityDetail', 'Sign up together with a neighbour for %1'): 'Samen met een buur aanmelden voor %1',
    ('ActivityDetail', 'Sign off'): 'Afmelden',
    ('ActivityDetail', 'Sign off from %1'): 'Afmelden voor %1',
    ('ActivityDetail', 'You signed off. Your place goes to the next person on the waiting list.'): 'Je bent afgemeld. Je plek gaat naar de volgende op de wachtlijst.',
    ('ActivityDetail', 'Cancel activity…'): 'Activiteit afzeggen…',
    ('ActivityDetail', 'Cancel %1'): '%1 afzeggen',
    ('ActivityDetail', 'Come with a neighbour'): 'Samen met een buur',
    ('ActivityDetail', 'You both get a place, or you wait together. Ask your neighbour first.'): 'Jullie krijgen allebei een plek, of jullie wachten samen. Vraag het eerst aan je buur.',
    ('ActivityDetail', 'Choose a neighbour'): 'Kies een buur',
    ('ActivityDetail', 'Neighbour to come with'): 'Buur die meekomt',
    ('ActivityDetail', 'Back'): 'Terug',
    ('ActivityDetail', 'Sign up together'): 'Samen aanmelden',
    ('ActivityDetail', 'Cancel %1?'): '%1 afzeggen?',
    ('ActivityDetail', 'Everyone who signed up is told, with your reason.'): 'Iedereen die zich heeft aangemeld, hoort het, met jouw reden.',
    ('ActivityDetail', 'Why, in a few words'): 'Waarom, in een paar woorden',
    ('ActivityDetail', 'Why it is cancelled'): 'Waarom het niet doorgaat',
    ('ActivityDetail', 'Keep it'): 'Laten staan',
    ('ActivityDetail', 'Keep the activity'): 'De activiteit laten staan',
    ('ActivityDetail', 'Cancel activity'): 'Activiteit afzeggen',
    ('ActivityDetail', 'The activity is cancelled. Everyone who signed up will see why.'): 'De activiteit gaat niet door. Iedereen die zich heeft aangemeld, ziet waarom.',
    ('AppShell', 'Activities'): 'Activiteiten',
    ('MutationKinds', 'An activity you planned'): 'Een activiteit die je plande',
    ('MutationKinds', 'An activity you cancelled'): 'Een activiteit die je afzegde',
    ('MutationKinds', 'Your sign-up'): 'Je aanmelding',
    ('MutationKinds', 'Your sign-off'): 'Je afmelding',
    ('Mutations', 'This activity does not exist (any more).'): 'Deze activiteit bestaat niet (meer).',
    ('Mutations', 'This activity is for another corridor.'): 'Deze activiteit is voor een andere gang.',
    ('Mutations', 'An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.'): 'Een activiteit blijft voor de gang waarvoor hij gepland is. Zeg hem af en plan een nieuwe.',
    ('Mutations', 'This activity is cancelled or over. It cannot be changed any more.'): 'Deze activiteit gaat niet door of is al geweest. Je kunt hem niet meer veranderen.',
    ('Mutations', 'An activity has at most 4 organisers.'): 'Een activiteit heeft hoogstens 4 organisatoren.',
    ('Mutations', 'Say in a few words why it is cancelled, so that the people who signed up know.'): 'Zeg in een paar woorden waarom het niet doorgaat, zodat de mensen die zich aanmeldden het weten.',
    ('Mutations', 'This activity is over. It cannot be cancelled.'): 'Deze activiteit is al geweest. Je kunt hem niet meer afzeggen.',
    ('Mutations', 'This sign-up does not exist (any more).'): 'Deze aanmelding bestaat niet (meer).',
    ('Mutations', 'This activity has already started. Tell the organiser if you cannot stay.'): 'Deze activiteit is al begonnen. Zeg het tegen de organisator als je niet kunt blijven.',
    ('gw::ActivitiesService', 'Gangwerk is not set up yet.'): 'Gangwerk is nog niet ingesteld.',
    ('gw::ActivitiesService', 'This could not be saved. Nothing was changed. Please try again.'): 'Dit kon niet worden bewaard. Er is niets veranderd. Probeer het nog eens.',
    ('gw::ActivitiesService', 'You are not signed up for this activity.'): 'Je bent niet aangemeld voor deze activiteit.',
    ('gw::ActivityListModel', 'Earlier'): 'Geweest',
    ('gw::ActivityListModel', 'This week'): 'Deze week',
    ('gw::ActivityListModel', 'Later'): 'Later',
    ('gw::ActivityListModel', '%n coming'): ['%n komt', '%n komen'],
    ('gw::ActivityListModel', 'Full – %n waiting'): ['Vol – %n wacht', 'Vol – %n wachten'],
    ('gw::ActivityListModel', 'Full'): 'Vol',
    ('gw::ActivityListModel', '%1 of %2 places taken'): '%1 van %2 plekken bezet',
    ('gw::ActivityListModel', 'Signed up – waiting for confirmation'): 'Aangemeld – wacht op bevestiging',
    ('gw::ActivityListModel', 'You are coming'): 'Je komt',
    ('gw::ActivityListModel', 'You are coming, together with %1'): 'Je komt, samen met %1',
    ('gw::ActivityListModel', 'On the waiting list, place %1'): 'Op de wachtlijst, plek %1',
    ('gw::ActivityListModel', 'Counts as %1 of wederkerigheid'): 'Telt als %1 wederkerigheid',
    ('ActivitiesRules', 'This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'): 'Dit is de huiskamer van een andere gang. Kies een ruimte voor iedereen, of de huiskamer van deze gang.',
    ('ActivitiesRules', 'The room is already booked then. Choose another time or place.'): 'De ruimte is dan al bezet. Kies een andere tijd of plek.',
    ('ActivitiesRules', '%1, %2–%3'): '%1, %2–%3',
    ('ActivityDetail', 'Who signed up'): 'Wie zich heeft aangemeld',
    ('ActivityDetail', '%1 – came'): '%1 – was er',
    ('ActivityDetail', '%1 – coming'): '%1 – komt',
    ('ActivityDetail', '%1 – waiting list, place %2'): '%1 – wachtlijst, plek %2',
    ('ActivityDetail', '%1 – not yet confirmed'): '%1 – nog niet bevestigd',
    ('ActivityDetail', 'Who came?'): 'Wie was er?',
    ('ActivityDetail', 'Mark who came to %1'): 'Aangeven wie er was bij %1',
    ('ActivityDetail', 'Who came to %1?'): 'Wie was er bij %1?',
    ('ActivityDetail', 'Everyone you tick gets the hours. You get your organising time.'): 'Iedereen die je aanvinkt krijgt de uren. Jij krijgt je tijd voor het organiseren.',
    ('ActivityDetail', 'Tick who came.'): 'Vink aan wie er was.',
    ('ActivityDetail', '%1 came'): '%1 was er',
    ('ActivityDetail', 'Save'): 'Bewaren',
    ('ActivityDetail', 'Save who came'): 'Bewaren wie er was',
    ('ActivityDetail', 'Saved who came.'): 'Bewaard wie er was.',
    ('MutationKinds', 'Who came, as you marked it'): 'Wie er was, zoals jij het aangaf',
    ('Mutations', 'This activity is cancelled. Nobody can be marked as present.'): 'Deze activiteit gaat niet door. Niemand kan als aanwezig worden aangegeven.',
    ('Mutations', 'This activity has not started yet. Mark who came once it has begun.'): 'Deze activiteit is nog niet begonnen. Geef aan wie er was als hij begonnen is.',
    ('gw::HourHistoryModel', 'Credited for an activity'): 'Bijgeschreven voor een activiteit',
    # series and places by hand (issue 8)
    ('ActivitiesRules', 'Every %1, until %2'): 'Elke %1, tot %2',
    ('ActivitiesRules', 'Every other %1, until %2'): 'Om de week op %1, tot %2',
    ('ActivitiesRules', 'The first %1 of every month, until %2'): 'Elke eerste %1 van de maand, tot %2',
    ('ActivitiesRules', 'The second %1 of every month, until %2'): 'Elke tweede %1 van de maand, tot %2',
    ('ActivitiesRules', 'The third %1 of every month, until %2'): 'Elke derde %1 van de maand, tot %2',
    ('ActivitiesRules', 'The fourth %1 of every month, until %2'): 'Elke vierde %1 van de maand, tot %2',
    ('ActivitiesRules', 'The last %1 of every month, until %2'): 'Elke laatste %1 van de maand, tot %2',
    ('ActivitiesRules', 'Choose the last day the activity repeats.'): 'Kies de laatste dag dat de activiteit terugkomt.',
    ('ActivitiesRules', 'The last day must come after the first date. Choose a later day.'): 'De laatste dag moet na de eerste datum komen. Kies een latere dag.',
    ('ActivitiesRules', 'A series has at most %1 dates. Choose an earlier last day, or plan a new series later.'): 'Een reeks heeft hoogstens %1 datums. Kies een eerdere laatste dag, of plan later een nieuwe reeks.',
    ('ActivityDetail', 'Give a place'): 'Plek geven',
    ('ActivityDetail', 'Give %1 a place now'): 'Geef %1 nu een plek',
    ('ActivityDetail', '%1 has a place now and will be told.'): '%1 heeft nu een plek en krijgt bericht.',
    ('ActivityDetail', 'Only this date'): 'Alleen deze datum',
    ('ActivityDetail', 'This date and all later dates'): 'Deze datum en alle latere datums',
    ('MutationKinds', 'A place you gave from the waiting list'): 'Een plek die je gaf van de wachtlijst',
    ('Mutations', 'This activity is cancelled or over. Nobody can get a place any more.'): 'Deze activiteit gaat niet door of is voorbij. Niemand kan nog een plek krijgen.',
    ('Mutations', 'This activity has already started.'): 'Deze activiteit is al begonnen.',
    ('Mutations', 'This neighbour is not on the waiting list (any more).'): 'Deze buur staat niet (meer) op de wachtlijst.',
    ('gw::ActivityListModel', 'The organiser changed the series, and this date is no longer in it.'): 'De organisator heeft de reeks veranderd. Deze datum hoort er niet meer bij.',
    # reminders (issue 8)
    ('Reminders', '%1, %2'): '%1, %2',
    ('Reminders', 'Today: %1'): 'Vandaag: %1',
    ('Reminders', 'Tomorrow: %1'): 'Morgen: %1',
    ('Reminders', '%1–%2'): '%1–%2',
    ('Reminders', 'Soon: %1'): 'Zo meteen: %1',
    ('Reminders', 'Starts at %1'): 'Begint om %1',
    ('Reminders', 'You have a place now'): 'Je hebt nu een plek',
    ('Reminders', '%1 – %2'): '%1 – %2',
    ('Reminders', 'Cancelled: %1'): 'Gaat niet door: %1',
    ('Reminders', '%1. Open Gangwerk to read why.'): '%1. Open Gangwerk om te lezen waarom.',
    # activity form and week (issue 8)
    ('gw::ActivityForm', 'Changed: %1.'): 'Gewijzigd: %1.',
    ('gw::ActivityForm', 'Planned: %1. It is in the programme now.'): 'Gepland: %1. Het staat nu in het programma.',
    ('gw::ActivityWeekModel', '%1 – %2'): '%1 – %2',
    ('ActivityWeek', 'Cancelled: %1'): 'Gaat niet door: %1',
    ('ActivityWeek', 'Opens the activity'): 'Opent de activiteit',
    ('ActivityWeek', 'Cancelled'): 'Gaat niet door',
    ('ActivityWeek', 'Previous week'): 'Vorige week',
    ('ActivityWeek', 'This week'): 'Deze week',
    ('ActivityWeek', 'Go to this week'): 'Naar deze week',
    ('ActivityWeek', 'Next week'): 'Volgende week',
    ('ActivityWeek', 'Activities in the week of %1'): 'Activiteiten in de week van %1',
    ('ActivityWeek', 'today'): 'vandaag',
    ('ActivityWeek', 'Nothing planned'): 'Niets gepland',
    ('ActivityFormPage', '%1, hours'): '%1, uren',
    ('ActivityFormPage', '%1, minutes'): '%1, minuten',
    ('ActivityFormPage', 'All activities'): 'Alle activiteiten',
    ('ActivityFormPage', 'Back to all activities, without saving'): 'Terug naar alle activiteiten, zonder bewaren',
    ('ActivityFormPage', 'Change the activity'): 'Activiteit wijzigen',
    ('ActivityFormPage', 'Plan an activity'): 'Activiteit plannen',
    ('ActivityFormPage', 'Everyone who signed up sees the change.'): 'Iedereen die zich heeft aangemeld, ziet de wijziging.',
    ('ActivityFormPage', 'Your neighbours see it in the programme and can sign up.'): 'Je buren zien het in het programma en kunnen zich aanmelden.',
    ('ActivityFormPage', 'Name'): 'Naam',
    ('ActivityFormPage', 'For example: Cooking together'): 'Bijvoorbeeld: Samen koken',
    ('ActivityFormPage', 'Name of the activity'): 'Naam van de activiteit',
    ('ActivityFormPage', 'What will you do? (optional)'): 'Wat gaan jullie doen? (mag leeg blijven)',
    ('ActivityFormPage', 'For example: we make soup and eat together'): 'Bijvoorbeeld: we maken soep en eten samen',
    ('ActivityFormPage', 'Description'): 'Beschrijving',
    ('ActivityFormPage', 'For whom?'): 'Voor wie?',
    ('ActivityFormPage', 'For whom'): 'Voor wie',
    ('ActivityFormPage', 'My corridor (%1)'): 'Mijn gang (%1)',
    ('ActivityFormPage', 'Everyone in the project'): 'Iedereen in het project',
    ('ActivityFormPage', 'This stays as it was planned.'): 'Dit blijft zoals het gepland is.',
    ('ActivityFormPage', 'Where?'): 'Waar?',
    ('ActivityFormPage', 'Choose a place'): 'Kies een plek',
    ('ActivityFormPage', 'Place: %1'): 'Plek: %1',
    ('ActivityFormPage', 'Which day?'): 'Welke dag?',
    ('ActivityFormPage', 'Day: %1. Choose another day'): 'Dag: %1. Kies een andere dag',
    ('ActivityFormPage', 'Starts at'): 'Begint om',
    ('ActivityFormPage', 'Ends at'): 'Eindigt om',
    ('ActivityFormPage', 'Only a limited number of places'): 'Maar een beperkt aantal plekken',
    ('ActivityFormPage', 'Number of places'): 'Aantal plekken',
    ('ActivityFormPage', 'places'): 'plekken',
    ('ActivityFormPage', 'Signing up closes before the start'): 'Aanmelden sluit voor de start',
    ('ActivityFormPage', 'Signing up closes on %1. Choose another day'): 'Aanmelden sluit op %1. Kies een andere dag',
    ('ActivityFormPage', 'Signing up closes at'): 'Aanmelden sluit om',
    ('ActivityFormPage', 'Coming counts as wederkerigheid'): 'Meedoen telt als wederkerigheid',
    ('ActivityFormPage', 'Hours it counts for'): 'Aantal uren dat telt',
    ('ActivityFormPage', 'hours'): 'uur',
    ('ActivityFormPage', 'Minutes it counts for'): 'Aantal minuten dat telt',
    ('ActivityFormPage', 'minutes'): 'minuten',
    ('ActivityFormPage', 'Cancel'): 'Annuleren',
    ('ActivityFormPage', 'Cancel, without saving'): 'Annuleren, zonder bewaren',
    ('ActivityFormPage', 'Save change'): 'Wijziging bewaren',
    ('ActivityFormPage', 'Plan it'): 'Inplannen',
    ('ActivityFormPage', 'Saves the change to the programme.'): 'Bewaart de wijziging in het programma.',
    ('ActivityFormPage', 'Puts the activity in the programme.'): 'Zet de activiteit in het programma.',
    ('ActivitiesPage', 'Plan an activity'): 'Activiteit plannen',
    ('ActivitiesPage', 'Plan the first one'): 'Plan de eerste',
    ('ActivitiesPage', 'Plan the first activity'): 'De eerste activiteit plannen',
    ('ActivityDetail', 'Change'): 'Wijzigen',
    ('ActivityDetail', 'Change %1'): '%1 wijzigen',
    # calendar export (issue 8)
    ('gw::CalendarExport', 'Cancelled: %1'): 'Gaat niet door: %1',
    ('gw::CalendarExport', 'This activity is cancelled.'): 'Deze activiteit gaat niet door.',
    ('gw::CalendarExport', 'This activity is cancelled: %1'): 'Deze activiteit gaat niet door: %1',
    ('gw::CalendarExport', 'You are coming, together with a neighbour.'): 'Je komt, samen met een buur.',
    ('gw::CalendarExport', 'You are coming.'): 'Je komt.',
    ('gw::CalendarExport', '%1 (waiting list, place %2)'): '%1 (wachtlijst, plek %2)',
    ('gw::CalendarExport', 'You are on the waiting list, place %1. You will hear it when a place comes free.'): 'Je staat op de wachtlijst, plek %1. Je hoort het als er een plek vrijkomt.',
    ('gw::CalendarExport', '%1 (not yet confirmed)'): '%1 (nog niet bevestigd)',
    ('gw::CalendarExport', 'You signed up. It is confirmed when your phone has synced.'): 'Je bent aangemeld. Het is bevestigd zodra je telefoon heeft gesynchroniseerd.',
    ('gw::CalendarExport', 'Signed off: %1'): 'Afgemeld: %1',
    ('gw::CalendarExport', 'You signed off from this activity.'): 'Je hebt je afgemeld voor deze activiteit.',
    ('gw::CalendarExport', 'You organise this activity.'): 'Jij organiseert deze activiteit.',
    ('gw::CalendarExport', 'Places taken: %1 of %2. Waiting: %3.'): 'Plekken bezet: %1 van %2. Op de wachtlijst: %3.',
    ('gw::CalendarExport', 'Coming: %1.'): 'Komen: %1.',
    ('gw::CalendarExport', 'Counts as %1 of wederkerigheid.'): 'Telt als %1 wederkerigheid.',
    ('gw::CalendarExport', 'In one hour: %1'): 'Over een uur: %1',
    ('gw::CalendarExport', 'Gangwerk – my activities'): 'Gangwerk – mijn activiteiten',
    ('gw::CalendarExport', 'Gangwerk – programme of %1'): 'Gangwerk – programma van %1',
    ('gw::CalendarExport', 'Gangwerk – programme of corridor %1'): 'Gangwerk – programma van gang %1',
    ('gw::CalendarExport', 'The calendar file could not be saved. Check that there is space on this device and try again.'): 'Het agendabestand kon niet worden bewaard. Kijk of er genoeg ruimte is op dit apparaat en probeer het opnieuw.',
    ('gw::CalendarExport', 'Saved as %1. There are no activities in it yet.'): 'Bewaard als %1. Er staan nog geen activiteiten in.',
    ('gw::CalendarExport', 'Saved as %1. Open this file to add %n activities to your calendar app.'): ['Bewaard als %1. Open dit bestand om %n activiteit in je agenda te zetten.', 'Bewaard als %1. Open dit bestand om %n activiteiten in je agenda te zetten.'],
    ('gw::CalendarExport', 'Gangwerk is not set up yet.'): 'Gangwerk is nog niet ingesteld.',
    ('gw::CalendarExport', 'my activities'): 'mijn activiteiten',
    ('gw::CalendarExport', 'programme'): 'programma',
    ('ActivitiesPage', 'Add to my calendar'): 'Zet in mijn agenda',
    ('ActivitiesPage', 'Add my activities to my calendar'): 'Zet mijn activiteiten in mijn agenda',
    ('ActivitiesPage', 'Export programme'): 'Programma als agendabestand',
    ('ActivitiesPage', 'Export the programme as a calendar file'): 'Bewaar het programma als agendabestand',

    # repeating in the form (issue 8)
    ('gw::ActivityForm', 'Only this date changes. The series stays: %1.'): 'Alleen deze datum verandert. De reeks blijft: %1.',
    ('gw::ActivityForm', '%1 – %n dates from this one'): ['%1 – %n datum vanaf deze', '%1 – %n datums vanaf deze'],
    ('gw::ActivityForm', '%1 – %n dates'): ['%1 – %n datum', '%1 – %n datums'],
    ('gw::ActivityForm', 'Changed: %1, this date and the later dates.'): 'Gewijzigd: %1, deze datum en de latere datums.',
    ('gw::ActivityForm', 'Planned: %1, %n dates. They are in the programme now.'): ['Gepland: %1, %n datum. Die staat nu in het programma.', 'Gepland: %1, %n datums. Ze staan nu in het programma.'],
    ('ActivityFormPage', 'Which dates do you change?'): 'Welke datums verander je?',
    ('ActivityFormPage', 'Only this date'): 'Alleen deze datum',
    ('ActivityFormPage', 'This date and all later dates'): 'Deze datum en alle latere datums',
    ('ActivityFormPage', 'Repeats'): 'Herhalen',
    ('ActivityFormPage', 'Does not repeat'): 'Niet herhalen',
    ('ActivityFormPage', 'Every week'): 'Elke week',
    ('ActivityFormPage', 'Every other week'): 'Om de week',
    ('ActivityFormPage', 'Every month (same week)'): 'Elke maand (zelfde week)',
    ('ActivityFormPage', 'Repeats: %1'): 'Herhalen: %1',
    ('ActivityFormPage', 'Last day'): 'Laatste dag',
    ('ActivityFormPage', 'Last day: %1. Choose another day'): 'Laatste dag: %1. Kies een andere dag',
    ('ActivityFormPage', 'A planned activity stays one date. To repeat it, plan a new series.'): 'Een geplande activiteit blijft één datum. Wil je hem herhalen? Plan dan een nieuwe reeks.',
}
