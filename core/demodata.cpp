#include "demodata.h"

#include "activitiesfamily.h"
#include "activityrepository.h"
#include "hoursrepository.h"
#include "projectrepository.h"
#include "recordcodec.h"
#include "servicerepository.h"
#include "servicesfamily.h"
#include "signalrepository.h"
#include "signalsfamily.h"
#include "store.h"

#include <QRandomGenerator>

#include <limits>

namespace gw {

namespace {

struct Kind
{
    const char *category;
    const char *note;
    int minutes;
};

const Kind kKinds[] = {
    {"buurtdienst", "Boodschappen voor Henk van nr. 12", 60},
    {"taal en les", "Taalmaatje: Nederlands oefenen met Yonas", 90},
    {"tuin en gebouw", "Moestuin water gegeven en onkruid gewied", 120},
    {"activiteit", "Samen koken in de gemeenschappelijke ruimte", 150},
    {"commissie", "Vergadering activiteitencommissie", 60},
    {"buurtdienst", "Laptop van buurvrouw weer aan de praat", 45},
    {"anders", "Folders rondgebracht voor de buurtdag", 30},
};

// Entries a few times a week from a little after move-in until yesterday.
void addHistory(DemoRecords &demo, const Member &m, QDate today, quint32 seed, int percent)
{
    QRandomGenerator rng(seed); // fixed: the demo looks the same every time
    for (QDate d = m.movedIn.addDays(2); d <= today.addDays(-1); d = d.addDays(1)) {
        if (int(rng.bounded(100)) >= percent)
            continue;
        const Kind &k = kKinds[rng.bounded(int(std::size(kKinds)))];
        HourEntry e;
        e.id = newId();
        e.memberId = m.id;
        e.day = d;
        e.minutes = k.minutes;
        e.category = QString::fromUtf8(k.category);
        e.note = QString::fromUtf8(k.note);
        e.createdAt = QDateTime(d, QTime(17, 0), QTimeZone::utc());
        demo.entries.append(e);
    }
}

// The places and the programme, in Amsterdam time from @p today.
void addProgramme(DemoRecords &demo, QDate today)
{
    const QString room = QStringLiteral("00000000-0000-4000-8000-000000000091");
    const QString hall = QStringLiteral("00000000-0000-4000-8000-000000000092");
    const QString garden = QStringLiteral("00000000-0000-4000-8000-000000000093");
    demo.project.places = {{room, QStringLiteral("Huiskamer Gang 2"), QStringLiteral("Gang 2")},
                           {hall, QStringLiteral("Centrale hal"), QString()},
                           {garden, QStringLiteral("Moestuin"), QString()}};
    const QString samira = demo.members[0].id, yonas = demo.members[1].id,
                  daan = demo.members[2].id, inge = demo.members[4].id;
    const QTimeZone amsterdam("Europe/Amsterdam");
    int n = 0;
    const auto activity = [&](const char *title, const char *description, const QString &place,
                              int daysAhead, QTime start, int minutes, int capacity, int credit,
                              const QString &organiser) {
        Activity a;
        a.id = QStringLiteral("00000000-0000-4000-8000-0000000000e%1").arg(++n);
        a.projectId = demo.project.id;
        a.title = QString::fromUtf8(title);
        a.description = QString::fromUtf8(description);
        a.placeId = place;
        a.start = QDateTime(today.addDays(daysAhead), start, amsterdam).toUTC();
        a.end = a.start.addSecs(qint64(minutes) * 60);
        a.capacity = capacity;
        a.countsAsHours = credit > 0;
        a.creditMinutes = credit;
        a.gang = place == room ? QStringLiteral("Gang 2") : QString();
        a.organiserIds = {organiser};
        a.createdBy = organiser;
        return a;
    };
    const auto signUp = [&](Activity &a, const QString &member, const QString &companion = {}) {
        activities::SignUp s;
        // 12 hex digits in the last group: a canonical id, which WithdrawSignUp and
        // PromoteSignUp require (13 made every demo sign-up INVALID to withdraw or promote).
        s.id = QStringLiteral("00000000-0000-4000-8000-000000000f%1%2")
                   .arg(a.id.right(1))
                   .arg(a.signUps.size());
        s.memberId = member;
        s.companionId = companion;
        a.signUps.append(s);
    };
    // Settled as the server would have, a few days before today.
    const auto settled = [&](Activity &a) {
        activitiesfamily::settlePlaces(a, QDateTime(today.addDays(-3), QTime(9, 0), amsterdam));
        demo.activities.append(a);
    };

    Activity cooked = activity("Samen koken", "We koken een pan soep en eten samen.", room, -6,
                               QTime(18, 0), 150, 8, 120, daan);
    signUp(cooked, samira);
    signUp(cooked, yonas);
    settled(cooked); // places given while it was planned; then it took place
    cooked.status = demo.activities.last().status = activities::Status::Done;
    // Daan marked who came; the server credited their hours and his organising time.
    cooked.attendeeIds = {samira, yonas};
    demo.activities.last().attendeeIds = cooked.attendeeIds;
    // Yonas stayed to clean up and asked Daan to check his hours: an open question.
    activities::Dispute asked;
    asked.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
    asked.memberId = yonas;
    asked.entryId = activitiesfamily::creditedEntryId(cooked.id, yonas, false);
    asked.minutes = 150;
    asked.reason = QStringLiteral("Ik ben gebleven om op te ruimen en af te wassen.");
    asked.createdAt = QDateTime(today.addDays(-5), QTime(10, 0), amsterdam).toUTC();
    demo.activities.last().disputes = {asked};
    const auto credit = [&](const QString &member, int minutes, bool organising) {
        HourEntry e;
        e.id = activitiesfamily::creditedEntryId(cooked.id, member, organising);
        e.memberId = member;
        e.day = today.addDays(-6);
        e.minutes = minutes;
        e.category = QStringLiteral("activiteit");
        e.note = cooked.title;
        e.source = EntrySource::Activity;
        e.sourceId = cooked.id;
        e.createdAt = QDateTime(today.addDays(-6), QTime(21, 0), amsterdam).toUTC();
        demo.entries.append(e);
    };
    credit(samira, cooked.creditMinutes, false);
    credit(yonas, cooked.creditMinutes, false);
    credit(daan, 150, true);

    // Every week, four times: a series, its dates made as PlanActivity makes them.
    Activity coffee = activity("Koffieochtend", "Koffie, thee en wat lekkers. Loop gerust binnen.",
                               room, 2, QTime(10, 0), 90, 0, 0, daan);
    coffee.seriesId = coffee.id;
    coffee.repeat = activities::Repeat::Weekly;
    coffee.repeatUntil = today.addDays(2 + 21);
    const auto coffeeDates = activities::seriesDates(coffee.start, coffee.end, coffee.repeat,
                                                     coffee.repeatUntil, amsterdam);
    for (int k = 1; k < coffeeDates.size(); ++k) {
        Activity date = coffee;
        date.id = activitiesfamily::newDateId("00000000-0000-4000-8000-0000000000c0", k);
        date.seriesIndex = k;
        date.start = coffeeDates.at(k).start;
        date.end = coffeeDates.at(k).end;
        settled(date);
    }
    signUp(coffee, yonas);
    settled(coffee);

    Activity games = activity("Spelletjesavond", "Bordspellen en kaarten.", room, 3, QTime(19, 0),
                              120, 10, 0, daan);
    signUp(games, samira);
    games.status = activities::Status::Cancelled;
    games.cancelReason = QStringLiteral("Daan is ziek. We spelen volgende week.");
    settled(games);

    Activity cooking = activity("Samen koken",
                                "Iedereen neemt iets mee uit zijn eigen keuken. Er zijn twee "
                                "plekken aan tafel.",
                                room, 5, QTime(18, 0), 150, 2, 120, daan);
    signUp(cooking, yonas);
    signUp(cooking, daan);
    signUp(cooking, samira); // full: she waits, first on the list
    settled(cooking);

    Activity meeting = activity("Huisvergadering",
                                "Over de tuin, de fietsenstalling en het buurtfeest. Inge is er "
                                "ook.",
                                hall, 9, QTime(19, 30), 90, 40, 60, inge);
    signUp(meeting, samira, yonas); // together
    settled(meeting);

    Activity gardenDay =
        activity("Klusdag in de moestuin", "Onkruid wieden, bakken bouwen. Handschoenen zijn er.",
                 garden, 12, QTime(10, 0), 180, 10, 180, daan);
    settled(gardenDay);
}

// Buurtdiensten as the server has them, written as its decisions leave them.
void addServices(DemoRecords &demo, QDate today)
{
    const QString samira = demo.members[0].id, yonas = demo.members[1].id,
                  daan = demo.members[2].id, henk = demo.members[3].id;
    const QString gang = QStringLiteral("Gang 2");
    const QTimeZone amsterdam("Europe/Amsterdam");
    demo.members[0].talents = {QStringLiteral("language"), QStringLiteral("chat")};
    demo.members[1].talents = {QStringLiteral("groceries"), QStringLiteral("ict")};
    demo.members[2].talents = {QStringLiteral("paperwork"), QStringLiteral("small_job")};
    int n = 0;
    const auto at = [&](int daysAgo, int hour) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, 0), amsterdam).toUTC();
    };
    const auto post = [&](services::Kind kind, const char *category, const char *text,
                          const QString &poster, int postedDaysAgo) {
        ServicePost p;
        p.id = QStringLiteral("00000000-0000-4000-8000-0000000005%1")
                   .arg(++n, 2, 10, QLatin1Char('0'));
        p.projectId = demo.project.id;
        p.kind = kind;
        p.category = QString::fromLatin1(category);
        p.text = QString::fromUtf8(text);
        p.estimateMinutes = 60;
        p.gang = gang;
        (kind == services::Kind::Request ? p.askerId : p.helperId) = poster;
        p.postedBy = poster;
        p.postedAt = at(postedDaysAgo, 10);
        p.expiresAt = p.postedAt.addDays(demo.project.serviceExpiryDays);
        p.changedAt = p.postedAt;
        return p;
    };
    const auto take = [&](ServicePost &p, const QString &taker, int daysAgo) {
        (p.kind == services::Kind::Request ? p.helperId : p.askerId) = taker;
        p.state = services::State::Taken;
        p.takenAt = at(daysAgo, 12);
        p.changedAt = p.takenAt;
    };
    const auto report = [&](ServicePost &p, QDate day, int minutes, int daysAgo,
                            const char *note = "") {
        services::Occurrence o;
        o.id = QStringLiteral("00000000-0000-4000-8000-0000000006%1")
                   .arg(++n, 2, 10, QLatin1Char('0'));
        o.day = day;
        o.helperId = p.helperId;
        o.reportedMinutes = minutes;
        o.reportNote = QString::fromUtf8(note);
        o.reportedAt = at(daysAgo, 18);
        p.occurrences.append(o);
        p.changedAt = o.reportedAt;
        return int(p.occurrences.size()) - 1;
    };
    const auto credit = [&](ServicePost &p, int index, const QString &by) {
        services::Occurrence &o = p.occurrences[index];
        o.state = services::OccurrenceState::Credited;
        o.confirmedMinutes = services::roundToFive(o.reportedMinutes);
        o.confirmedBy = by;
        o.confirmedAt = o.reportedAt.addSecs(3600 * 20);
        o.entryId = servicesfamily::creditedEntryId(p.id, o.id);
        HourEntry e;
        e.id = o.entryId;
        e.memberId = o.helperId;
        e.day = o.day;
        e.minutes = o.confirmedMinutes;
        e.category = QStringLiteral("buurtdienst");
        e.note = services::categoryLabel(p.category);
        e.source = EntrySource::Service;
        e.sourceId = p.id;
        e.createdAt = o.confirmedAt;
        demo.entries.append(e);
        p.changedAt = o.confirmedAt;
    };
    const auto message = [&](ServicePost &p, const QString &author, const char *text,
                             int hoursAgo) {
        services::Message m;
        m.id = QStringLiteral("00000000-0000-4000-8000-0000000007%1")
                   .arg(++n, 2, 10, QLatin1Char('0'));
        m.authorId = author;
        m.helperId = p.helperId;
        m.text = QString::fromUtf8(text);
        m.sentAt = QDateTime(today, QTime(9, 0), amsterdam).toUTC().addSecs(-3600 * hoursAgo);
        p.messages.append(m);
    };

    // Open: Yonas asks for help with a letter; nobody took it for three days (flagged).
    ServicePost letter =
        post(services::Kind::Request, "paperwork",
             "Ik heb een brief van de gemeente. Wie kan mij helpen hem te lezen?", yonas, 3);
    demo.posts.append(letter);
    // Open offer by Daan, for everyone.
    ServicePost bike = post(services::Kind::Offer, "small_job",
                            "Ik kan een lekke fietsband plakken. Kom maar langs.", daan, 1);
    bike.gang.clear();
    bike.estimateMinutes = 30;
    demo.posts.append(bike);
    // Open: Daan asks for Henk (in hospital, no app).
    ServicePost plants =
        post(services::Kind::Request, "small_job",
             "Wie geeft de planten water in studio 2.12? Henk is even weg.", daan, 0);
    plants.askerId = henk;
    plants.onBehalf = true;
    plants.whenFrom = QDateTime(today.addDays(2), QTime(17, 0), amsterdam).toUTC();
    plants.whenUntil = QDateTime(today.addDays(2), QTime(19, 0), amsterdam).toUTC();
    plants.estimateMinutes = 15;
    demo.posts.append(plants);
    // Taken: Samira asked for help with her phone; Yonas helps; they talk it through.
    ServicePost phone =
        post(services::Kind::Request, "ict",
             "Mijn telefoon doet de updates niet meer. Wie kijkt even mee?", samira, 2);
    take(phone, yonas, 1);
    message(phone, yonas, "Hoi Samira, ik kan morgen om vier uur. Is dat goed?", 20);
    message(phone, samira, "Ja, graag! Ik ben thuis, studio 2.03.", 18);
    demo.posts.append(phone);
    // Reported: Daan helped Samira with a form; waiting for her confirmation.
    ServicePost form = post(services::Kind::Request, "paperwork",
                            "Hulp bij het invullen van de aanvraag voor huurtoeslag.", samira, 6);
    take(form, daan, 5);
    report(form, today.addDays(-1), 50, 1, "Formulier samen ingevuld en verstuurd.");
    demo.posts.append(form);
    // Credited: Samira was Yonas's language buddy.
    ServicePost language = post(services::Kind::Offer, "language",
                                "Ik oefen graag Nederlands met je, bij een kop thee.", samira, 14);
    take(language, yonas, 13);
    credit(language, report(language, today.addDays(-10), 60, 10), yonas);
    language.state = services::State::Closed;
    demo.posts.append(language);
    // A regular arrangement: Yonas does Henk's groceries every Tuesday (asked by Daan).
    ServicePost groceries = post(services::Kind::Request, "groceries",
                                 "Boodschappen voor Henk, elke dinsdag.", daan, 30);
    groceries.askerId = henk;
    groceries.onBehalf = true;
    QDate tuesday = today.addDays(-28);
    while (tuesday.dayOfWeek() != Qt::Tuesday)
        tuesday = tuesday.addDays(1);
    groceries.whenFrom = QDateTime(tuesday, QTime(10, 0), amsterdam).toUTC();
    groceries.whenUntil = QDateTime(tuesday, QTime(11, 0), amsterdam).toUTC();
    groceries.repeat = activities::Repeat::Weekly;
    groceries.repeatUntil = tuesday.addDays(7 * 12);
    take(groceries, yonas, 29);
    credit(groceries, report(groceries, tuesday, 45, tuesday.daysTo(today)), daan);
    credit(groceries, report(groceries, tuesday.addDays(7), 55, tuesday.addDays(7).daysTo(today)),
           daan);
    demo.posts.append(groceries);
}

void addSignals(DemoRecords &demo, QDate today)
{
    const QString samira = demo.members[0].id, yonas = demo.members[1].id,
                  daan = demo.members[2].id, inge = demo.beheerderId;
    const QTimeZone amsterdam("Europe/Amsterdam");
    const Project &project = demo.project;
    int n = 0;
    const auto at = [&](int daysAgo, int hour, int minute = 0) {
        return QDateTime(today.addDays(-daysAgo), QTime(hour, minute), amsterdam).toUTC();
    };
    const auto text = [&](const QString &author, const char *words, const QDateTime &when) {
        return signalrules::Text{QStringLiteral("00000000-0000-4000-8000-0000000009%1")
                                     .arg(++n, 2, 10, QLatin1Char('0')),
                                 author, QString::fromUtf8(words), when};
    };
    const auto signal = [&](signalrules::Category category, signalrules::Urgency urgency,
                            const char *words, const QString &reporter, const QDateTime &received,
                            const char *studio, const char *place = "") {
        Signal sig;
        sig.id = QStringLiteral("00000000-0000-4000-8000-0000000008%1")
                     .arg(++n, 2, 10, QLatin1Char('0'));
        sig.projectId = project.id;
        sig.category = category;
        sig.urgency = urgency;
        sig.text = QString::fromUtf8(words);
        sig.studio = QString::fromLatin1(studio);
        sig.place = QString::fromUtf8(place);
        sig.reporterId = reporter;
        sig.state = signalrules::State::Received;
        sig.raisedAt = received.addSecs(-40);
        sig.receivedAt = received;
        sig.dueAt = signalrules::dueAt(project.signalSettings, project.zone(), received, urgency);
        sig.gang = QStringLiteral("Gang 2");
        sig.changedAt = received;
        return sig;
    };
    const auto close = [&](Signal &sig, signalrules::Outcome outcome, const char *answer,
                           const QDateTime &when) {
        sig.answers.append(text(inge, answer, when));
        sig.state = signalrules::State::Closed;
        sig.outcome = outcome;
        sig.closedAt = when;
        sig.handledBy = inge;
        sig.changedAt = when;
    };

    // Two neighbours about studio 2.05 within a day: Yonas today, Samira yesterday. Inge answered
    // Samira, wrote a note and asked Daan to knock today.
    Signal curtains = signal(signalrules::Category::NotSeen, signalrules::Urgency::Today,
                             "Ik heb mijn buurman van 2.05 al vier dagen niet gezien. Zijn "
                             "gordijnen blijven dicht.",
                             yonas, at(1, 16, 30), "2.05");
    curtains.since = today.addDays(-4);
    Signal post = signal(signalrules::Category::NotSeen, signalrules::Urgency::CanWait,
                         "Bij 2.05 ligt al dagen post voor de deur. Ik maak me zorgen.", samira,
                         at(2, 11, 15), "2.05");
    post.state = signalrules::State::InProgress;
    post.handledBy = inge;
    post.answers.append(text(inge,
                             "Dank je wel, Samira. Goed dat je het zegt. We kijken er vandaag "
                             "naar.",
                             at(1, 9, 20)));
    post.notes.append(text(inge,
                           "Bewoner 2.05 is bekend bij het wijkteam. Begeleider gebeld, "
                           "nog geen antwoord.",
                           at(1, 9, 25)));
    post.changedAt = at(1, 9, 25);
    KnockTask knock;
    knock.id = QStringLiteral("00000000-0000-4000-8000-0000000008f1");
    knock.projectId = project.id;
    knock.signalId = post.id;
    knock.gangmakerId = daan;
    knock.studio = QStringLiteral("2.05");
    knock.day = today;
    knock.askedBy = inge;
    knock.askedAt = at(1, 9, 30);
    knock.changedAt = knock.askedAt;
    demo.knockTasks.append(knock);
    // Nuisance at night, four days ago: nobody reacted yet, three times its reaction time.
    Signal music = signal(signalrules::Category::Nuisance, signalrules::Urgency::CanWait,
                          "Elke nacht harde muziek in de huiskamer van gang 2, tot 3 uur.", daan,
                          at(4, 10, 5), "", "Huiskamer gang 2");
    // Samira's signal about the fire door, closed three days ago: she can still reopen it.
    Signal door = signal(signalrules::Category::Building, signalrules::Urgency::Today,
                         "De branddeur bij de trap staat steeds open met een stoel ertussen.",
                         samira, at(5, 14, 0), "", "Trappenhuis");
    close(door, signalrules::Outcome::NoActionNeeded,
          "De deur heeft nu een dranger en sluit vanzelf. Dank je voor het melden!", at(3, 11, 0));
    // Four months ago: closed; its reporter is forgotten, only the beheerders keep it.
    Signal old = signal(signalrules::Category::Withdrawn, signalrules::Urgency::CanWait,
                        "Mijn buurvrouw komt haar kamer bijna niet meer uit.", QString(),
                        at(130, 10, 0), "2.09");
    close(old, signalrules::Outcome::ReferredToCare,
          "Dank je. We hebben met haar gesproken en hulp geregeld.", at(125, 15, 0));
    demo.signalList = {curtains, post, music, door, old};
}

} // namespace

DemoRecords demoRecords(QDate today)
{
    DemoRecords demo;
    Project &p = demo.project;
    p.id = QStringLiteral("00000000-0000-4000-8000-0000000000d1");
    p.name = QStringLiteral("De Gang");
    p.requirement = {10 * 60, hours::Period::Month};
    p.beheerderContact = QStringLiteral("Inge de Vries, beheerder");
    p.emergencyNumber = QStringLiteral("088 123 45 67");
    p.officeHours = QStringLiteral("ma–vr 9:00–17:00");

    const QDate monthStart(today.year(), today.month(), 1);
    const auto member = [&](const char *id, const char *name, Role role, QDate movedIn,
                            const char *studio = "") {
        Member m;
        m.studio = QString::fromLatin1(studio);
        m.id = QString::fromLatin1(id);
        m.projectId = p.id;
        m.displayName = QString::fromUtf8(name);
        m.role = role;
        if (role != Role::Beheerder)
            m.gang = QStringLiteral("Gang 2");
        m.movedIn = movedIn;
        return m;
    };
    demo.members = {
        member("00000000-0000-4000-8000-0000000000a1", "Samira", Role::Resident,
               monthStart.addMonths(-5).addDays(11), "2.03"),
        member("00000000-0000-4000-8000-0000000000a2", "Yonas", Role::Resident,
               monthStart.addMonths(-3), "2.07"),
        member("00000000-0000-4000-8000-0000000000a3", "Daan", Role::Gangmaker,
               monthStart.addMonths(-14), "2.11"),
        member("00000000-0000-4000-8000-0000000000a4", "Henk", Role::Resident,
               monthStart.addMonths(-8), "2.12"),
        member("00000000-0000-4000-8000-0000000000b1", "Inge de Vries", Role::Beheerder, {}),
    };
    // Henk: paused since ten days before this month, until the middle of next month.
    demo.members[3].pausedUntil = monthStart.addMonths(1).addDays(14);
    demo.members[3].pauses = {{monthStart.addDays(-10), demo.members[3].pausedUntil,
                               QStringLiteral("00000000-0000-4000-8000-0000000000b1"),
                               QDateTime(monthStart.addDays(-10), QTime(10, 0), QTimeZone::utc()),
                               QStringLiteral("Opname in het ziekenhuis")}};
    demo.residentId = demo.members[0].id;
    demo.beheerderId = demo.members[4].id;

    // Devices besides the ones `./dev run` enrols: Yonas's phone stopped syncing nine days ago
    // (his old one was disconnected when he got it), Daan synced yesterday, Henk (in hospital)
    // never connected.
    const auto device = [&](const char *id, const Member &m, const char *name, int enrolledDaysAgo,
                            int syncedDaysAgo, int revokedDaysAgo = -1) {
        DeviceRecord d;
        d.id = QString::fromLatin1(id);
        d.memberId = m.id;
        d.name = QString::fromUtf8(name);
        d.enrolledAt = QDateTime(today.addDays(-enrolledDaysAgo), QTime(10, 0), QTimeZone::utc());
        d.lastSyncDay = today.addDays(-syncedDaysAgo);
        if (revokedDaysAgo >= 0) {
            d.revokedAt = QDateTime(today.addDays(-revokedDaysAgo), QTime(11, 0), QTimeZone::utc());
            d.revokedBy = demo.beheerderId;
        }
        return d;
    };
    demo.devices = {
        device("00000000-0000-4000-8000-0000000000c1", demo.members[1], "Oude telefoon", 80, 40,
               39),
        device("00000000-0000-4000-8000-0000000000c2", demo.members[1], "Telefoon", 39, 9),
        device("00000000-0000-4000-8000-0000000000c3", demo.members[2], "Laptop", 200, 1),
    };

    addHistory(demo, demo.members[0], today, 4242, 22);
    const int samiraEntries = int(demo.entries.size());
    addHistory(demo, demo.members[1], today, 7, 15);
    addHistory(demo, demo.members[2], today, 11, 25);

    // One correction about four weeks back and one removal about ten days back, on Samira's
    // entries nearest to those days.
    const auto nearest = [&](int daysBack) {
        int best = -1;
        qint64 bestDist = std::numeric_limits<qint64>::max();
        for (int i = 0; i < samiraEntries; ++i) {
            const qint64 dist = std::abs(demo.entries[i].day.daysTo(today.addDays(-daysBack)));
            if (dist < bestDist) {
                bestDist = dist;
                best = i;
            }
        }
        return best;
    };
    const int correctable = nearest(28), removable = nearest(10);
    if (correctable >= 0) {
        HourEntry fix = demo.entries[correctable];
        fix.id = newId();
        fix.minutes += 30;
        fix.corrects = demo.entries[correctable].id;
        fix.createdAt = fix.createdAt.addDays(1);
        demo.entries.append(fix);
    }
    if (removable >= 0 && removable != correctable) {
        HourEntry v = demo.entries[removable];
        v.id = newId();
        v.minutes = 0;
        v.note.clear();
        v.corrects = demo.entries[removable].id;
        v.voids = true;
        v.createdAt = v.createdAt.addSecs(3600);
        demo.entries.append(v);
    }
    addProgramme(demo, today);
    addServices(demo, today);
    addSignals(demo, today);
    return demo;
}

bool seedDemo(Store &store, QDate today)
{
    ProjectRepository projects(store);
    if (!projects.selfMemberId().isEmpty())
        return false;
    HoursRepository ledger(store);
    const DemoRecords demo = demoRecords(today);

    Transaction tx(store);
    projects.saveProject(demo.project);
    for (Member m : demo.members) {
        if (m.id != demo.residentId) {
            m.movedIn = {}; // others' terms and talents are not on a resident's device
            m.talents.clear();
            m.pausedUntil = {};
            m.pauses.clear();
        }
        projects.saveMember(m);
    }
    projects.setSelfMemberId(demo.residentId);
    for (const HourEntry &e : demo.entries)
        if (e.memberId == demo.residentId)
            ledger.append(e);
    // The programme as Samira's device receives it (the same redaction as a Pull).
    const Member &samira = demo.members.first();
    for (const Activity &a : demo.activities) {
        pb::Change c;
        *c.mutable_activity() = wire::toWire(a);
        activitiesfamily::redactActivity(c, samira);
        Activity seen = wire::fromWire(c.activity());
        seen.projectId = demo.project.id;
        ActivityRepository(store).save(seen);
    }
    // The Help board as Samira's device receives it.
    for (const ServicePost &p : demo.posts) {
        pb::Change c;
        *c.mutable_service_post() = wire::toWire(p);
        servicesfamily::redactPost(c, samira);
        ServicePost seen = wire::fromWire(c.service_post());
        seen.projectId = demo.project.id;
        ServiceRepository(store).save(seen);
    }
    // Her own signals, as her device receives them.
    for (const Signal &sig : demo.signalList) {
        if (sig.reporterId != samira.id)
            continue;
        pb::Change c;
        *c.mutable_signal() = wire::toWire(sig);
        signalsfamily::redactSignal(c, samira);
        Signal seen = wire::fromWire(c.signal());
        seen.projectId = demo.project.id;
        SignalRepository(store).save(seen);
    }
    tx.commit();
    return true;
}

} // namespace gw
