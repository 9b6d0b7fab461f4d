"""Ukrainian at B1 level: short sentences, polite "ви" throughout, warm, never shaming.
Domain words: beheerder = "соціальний менеджер", gangmaker = "організатор коридору",
wederkerigheid = "взаємодопомога", gang = "коридор", entry = "запис", pause = "пауза".
A pause "until %1" is written "до %1 включно": the date is the last day of the pause.
Plural sources map to three forms, in Qt's order: one (1, 21, 31, ...), few (2-4, 22-24, ...),
many (0, 5-20, 25-30, ...)."""

TABLE = {
    # navigation and window
    ("AppShell", "Home"): "Головна",
    ("AppShell", "Log hours"): "Записати години",
    ("AppShell", "History"): "Мої години",
    ("AppShell", "Settings"): "Налаштування",
    ("AppShell", "Gangwerk"): "Gangwerk",
    ("AppShell", "Residents"): "Мешканці",
    ("AppShell", "Demo: the data here is made up."): "Демо: дані тут вигадані.",
    ("Main", "Gangwerk"): "Gangwerk",
    ("Main", "Opening your data…"): "Відкриваємо ваші дані…",
    ("Main", "Gangwerk keeps your hours safe and encrypted on this device."):
        "Gangwerk зберігає ваші години на цьому пристрої — надійно й у зашифрованому вигляді.",
    ("Main", "Gangwerk cannot open your data"): "Gangwerk не може відкрити ваші дані",
    ("Main", "Nothing was changed or deleted. If this keeps happening, ask your beheerder for help."):
        "Нічого не змінено і не видалено. Якщо це повторюється, попросіть допомоги в соціального менеджера.",
    # categories
    ("Category", "Neighbour service"): "Допомога сусідам",
    ("Category", "Activity"): "Захід",
    ("Category", "Committee"): "Комітет",
    ("Category", "Garden and building"): "Сад і будинок",
    ("Category", "Language and lessons"): "Мова й уроки",
    ("Category", "Other"): "Інше",
    # history
    ("HistoryPage", "Your hours"): "Мої години",
    ("HistoryPage", "Everything you logged. Changes stay visible, so it is always clear what happened."):
        "Усе, що ви записали. Зміни залишаються видимими, тож завжди зрозуміло, що сталося.",
    ("HistoryPage", "No hours logged yet. When you log hours, you will see them here."):
        "Ще немає записаних годин. Коли ви запишете години, ви побачите їх тут.",
    ("HistoryPage", "%1, %2, %3"): "%1, %2, %3",
    ("HistoryPage", "corrected"): "змінено",
    ("HistoryPage", "Change or remove: %1"): "Змінити або видалити: %1",
    ("HistoryPage", "The last 12 months"): "Останні 12 місяців",
    ("HistoryPage", "Change"): "Змінити",
    ("HistoryPage", "Change this entry"): "Змінити цей запис",
    ("HistoryPage", "Remove"): "Видалити",
    ("HistoryPage", "Remove this entry"): "Видалити цей запис",
    ("HistoryPage", "Remove this entry?"): "Видалити цей запис?",
    ("HistoryPage", "The hours no longer count. The entry stays in your history, crossed out."):
        "Ці години більше не зараховуються. Запис залишиться у вашій історії, закреслений.",
    ("HistoryPage", "Keep it"): "Залишити",
    ("HistoryPage", "Removed. The entry stays in your history, crossed out."):
        "Видалено. Запис залишиться у вашій історії, закреслений.",
    ("HistoryPage", "not sent yet"): "ще не надіслано",
    ("HistoryPage", "Stored on this device, not sent to your project yet"):
        "Збережено на цьому пристрої, ще не надіслано до вашого проєкту",
    ("HistoryPage", "Not accepted by your project."): "Ваш проєкт не прийняв цей запис.",
    # home
    ("HomePage", "Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it."):
        "Ваші години на паузі до %1 включно. Бережіть себе. Якщо ви все ж комусь допоможете, це можна записати.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this month."):
        "Вам вдалося! Дякуємо за все, що ви зробили для сусідів цього місяця.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this week."):
        "Вам вдалося! Дякуємо за все, що ви зробили для сусідів цього тижня.",
    ("HomePage", "Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["Цього місяця ще нічого не записано, і це нормально. У вас залишився ще %n день. Навіть маленька справа для сусіда теж зараховується.",
         "Цього місяця ще нічого не записано, і це нормально. У вас залишилося ще %n дні. Навіть маленька справа для сусіда теж зараховується.",
         "Цього місяця ще нічого не записано, і це нормально. У вас залишилося ще %n днів. Навіть маленька справа для сусіда теж зараховується."],
    ("HomePage", "Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["Цього тижня ще нічого не записано, і це нормально. У вас залишився ще %n день. Навіть маленька справа для сусіда теж зараховується.",
         "Цього тижня ще нічого не записано, і це нормально. У вас залишилося ще %n дні. Навіть маленька справа для сусіда теж зараховується.",
         "Цього тижня ще нічого не записано, і це нормально. У вас залишилося ще %n днів. Навіть маленька справа для сусіда теж зараховується."],
    ("HomePage", "Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps."):
        ["Гарна робота! Залишилося ще %1, і у вас є ще %n день. Кожна година допомагає.",
         "Гарна робота! Залишилося ще %1, і у вас є ще %n дні. Кожна година допомагає.",
         "Гарна робота! Залишилося ще %1, і у вас є ще %n днів. Кожна година допомагає."],
    ("HomePage", "Hi %1!"): "Привіт, %1!",
    ("HomePage", "Hi!"): "Привіт!",
    ("HomePage", "%1 · asked: %2"): "%1 · потрібно: %2",
    ("HomePage", "This month: %1"): "Цього місяця: %1",
    ("HomePage", "This week: %1"): "Цього тижня: %1",
    ("HomePage", "paused"): "на паузі",
    ("HomePage", "of %1"): "з %1",
    ("HomePage", "Your progress"): "Ваш прогрес",
    ("HomePage", "%1 of %2 done"): "Виконано %1 з %2",
    ("HomePage", "Done"): "Виконано",
    ("HomePage", "Still to go"): "Залишилося",
    ("HomePage", "Days left"): "Залишилося днів",
    ("HomePage", "Next step"): "Наступний крок",
    ("HomePage", "Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back."):
        ["Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n день.",
         "Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n дні.",
         "Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n днів."],
    ("HomePage", "You look after %1"): "Ви дбаєте про %1",
    ("HomePage", "The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours."):
        "Години просять від мешканців. У розділі «Мешканці» ви бачите, як справи в кожного, і можете поставити чиїсь години на паузу.",
    ("HomePage", "Residents"): "Мешканці",
    ("HomePage", "Opens the overview of all residents' hours."): "Відкриває огляд годин усіх мешканців.",
    ("HomePage", "Log hours"): "Записати години",
    ("HomePage", "Opens the form to log the hours you gave."): "Відкриває форму, де можна записати години вашої допомоги.",
    ("HomePage", "The last 12 months"): "Останні 12 місяців",
    ("HomePage", "All hours"): "Усі години",
    ("HomePage", "Show all your hours"): "Показати всі ваші години",
    ("HomePage", "%1 · your hours are paused"): "%1 · ваші години на паузі",
    ("HomePage", "Paused until"): "Пауза до",
    ("HomePage", "%1 done. Your hours are paused until %2."): "Виконано: %1. Ваші години на паузі до %2 включно.",
    # rules (core)
    ("HoursRules", "Choose the day you helped."): "Виберіть день, коли ви допомагали.",
    ("HoursRules", "This day is in the future. Log hours after you did them."):
        "Цей день ще не настав. Записуйте години після того, як ви допомогли.",
    ("HoursRules", "This day is more than %n days ago. Ask your beheerder to add it."):
        ["Від цього дня минуло більше ніж %n день. Попросіть соціального менеджера додати ці години.",
         "Від цього дня минуло більше ніж %n дні. Попросіть соціального менеджера додати ці години.",
         "Від цього дня минуло більше ніж %n днів. Попросіть соціального менеджера додати ці години."],
    ("HoursRules", "A day can have at most %1 hours in total."):
        "За один день можна записати загалом не більше ніж %1 год.",
    ("HoursRules", "Log at least %n minutes."):
        ["Запишіть щонайменше %n хвилину.",
         "Запишіть щонайменше %n хвилини.",
         "Запишіть щонайменше %n хвилин."],
    ("HoursRules", "A day can have at most %1 hours in total. You can add %2 more on this day."):
        "За один день можна записати загалом не більше ніж %1 год. На цей день можна додати ще %2.",
    ("HoursRules", "One entry can be at most %n hours. Split a longer day into parts."):
        ["Один запис може містити щонайбільше %n годину. Розділіть довгий день на частини.",
         "Один запис може містити щонайбільше %n години. Розділіть довгий день на частини.",
         "Один запис може містити щонайбільше %n годин. Розділіть довгий день на частини."],
    ("HoursRules", "Choose what kind of help it was."): "Виберіть, яка це була допомога.",
    ("HoursRules", "The note is too long. Use at most %n characters."):
        ["Нотатка задовга. Використайте щонайбільше %n символ.",
         "Нотатка задовга. Використайте щонайбільше %n символи.",
         "Нотатка задовга. Використайте щонайбільше %n символів."],
    ("HoursRules", "This entry does not exist (any more)."): "Цього запису немає (або вже немає).",
    ("HoursRules", "You can only change your own hours."): "Ви можете змінювати лише власні години.",
    ("HoursRules", "This entry was removed. Log the hours again instead."):
        "Цей запис видалено. Натомість запишіть години знову.",
    ("HoursRules", "This entry was already changed. Change the newest version instead."):
        "Цей запис уже змінено. Змініть натомість найновішу версію.",
    ("HoursRules", "This entry is too long ago to change. Ask your beheerder to change it."):
        "Цей запис надто давній, щоб його змінити. Попросіть соціального менеджера змінити його.",
    ("HoursRules", "This removal does not match the entry it removes. Nothing was changed."):
        "Це видалення не відповідає запису, який воно видаляє. Нічого не змінено.",
    ("HoursRules", "%1 min"): "%1 хв",
    ("HoursRules", "%1 h"): "%1 год",
    ("HoursRules", "%1 h %2 min"): "%1 год %2 хв",
    # log form
    ("LogHoursPage", "Change an entry"): "Змінити запис",
    ("LogHoursPage", "Log hours"): "Записати години",
    ("LogHoursPage", "Your old entry stays in your history, crossed out, so everything stays clear."):
        "Ваш старий запис залишиться в історії, закреслений. Так усе буде зрозуміло.",
    ("LogHoursPage", "Thank you for helping! Fill in what you did."):
        "Дякуємо за вашу допомогу! Напишіть, що ви зробили.",
    ("LogHoursPage", "Which day?"): "Який день?",
    ("LogHoursPage", "Day"): "День",
    ("LogHoursPage", "How long?"): "Скільки часу?",
    ("LogHoursPage", "Hours"): "Години",
    ("LogHoursPage", "hours"): "год",
    ("LogHoursPage", "Minutes"): "Хвилини",
    ("LogHoursPage", "minutes"): "хв",
    ("LogHoursPage", "What kind of help?"): "Яка це була допомога?",
    ("LogHoursPage", "Kind of help"): "Вид допомоги",
    ("LogHoursPage", "What did you do? (optional)"): "Що ви зробили? (необов’язково)",
    ("LogHoursPage", "%1 / %2"): "%1 / %2",
    ("LogHoursPage", "%1 of %2 characters used"): "Використано символів: %1 з %2",
    ("LogHoursPage", "For example: groceries for a neighbour"): "Наприклад: покупки для сусіда",
    ("LogHoursPage", "Note"): "Нотатка",
    ("LogHoursPage", "Cancel"): "Скасувати",
    ("LogHoursPage", "Save change"): "Зберегти зміну",
    ("LogHoursPage", "Save"): "Зберегти",
    ("LogHoursPage", "Stores these hours on this device."): "Зберігає ці години на цьому пристрої.",
    # chart
    ("MonthChart", "Your hours in the last 12 months"): "Ваші години за останні 12 місяців",
    ("MonthChart", "Hours you gave"): "Ваші години",
    ("MonthChart", "Hours asked by your project"): "Скільки просить ваш проєкт",
    # settings
    ("SettingsPage", "Settings"): "Налаштування",
    ("SettingsPage", "Language"): "Мова",
    ("SettingsPage", "About Gangwerk"): "Про Gangwerk",
    ("SettingsPage", "Your hours are stored on this device only, encrypted. They also work without internet."):
        "Ваші години зберігаються лише на цьому пристрої, у зашифрованому вигляді. Застосунок працює й без інтернету.",
    ("SettingsPage", "Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet."):
        "Ваші години зберігаються в зашифрованому вигляді на цьому пристрої й надсилаються на сервер вашого проєкту, щоб їх бачив соціальний менеджер. Записувати години можна й без інтернету.",
    ("SettingsPage", "You are looking at the demo project. The people and hours in it are made up."):
        "Ви переглядаєте демопроєкт. Люди й години в ньому вигадані.",
    ("SettingsPage", "Version %1"): "Версія %1",
    # store (core)
    ("Store", "The key for your data is missing or unusable."):
        "Ключ до ваших даних відсутній або не працює.",
    ("Store", "Cannot create the data file. Check free space."):
        "Не вдається створити файл даних. Перевірте, чи достатньо вільного місця.",
    ("Store", "Cannot open the data file."): "Не вдається відкрити файл даних.",
    ("Store", "This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build."):
        "Ця збірка Gangwerk не може зашифрувати ваші дані, тому вона не запуститься. Будь ласка, установіть офіційну версію.",
    ("Store", "Cannot open: wrong key or not a Gangwerk store."):
        "Не вдається відкрити: неправильний ключ, або це не дані Gangwerk.",
    ("Store", "This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed."):
        "Ці дані збережено новішою версією Gangwerk. Оновіть застосунок, щоб їх відкрити. Нічого не змінено.",
    ("Store", "Gangwerk could not update your data to this version. Nothing was changed; please report this."):
        "Gangwerk не зміг оновити ваші дані до цієї версії. Нічого не змінено. Будь ласка, повідомте про це.",
    # unlock
    ("UnlockPage", "Protect your data"): "Захистіть свої дані",
    ("UnlockPage", "Welcome back"): "З поверненням",
    ("UnlockPage", "This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe."):
        "На цьому комп’ютері немає безпечного місця для ключа до ваших даних. Виберіть парольну фразу: нею Gangwerk замкне ваші дані. Використайте щонайменше 8 символів і запишіть фразу в безпечному місці.",
    ("UnlockPage", "Type your passphrase to open your data."): "Введіть парольну фразу, щоб відкрити ваші дані.",
    ("UnlockPage", "Passphrase"): "Парольна фраза",
    ("UnlockPage", "Type it again"): "Введіть її ще раз",
    ("UnlockPage", "Type the passphrase again"): "Введіть парольну фразу ще раз",
    ("UnlockPage", "Opening your data…"): "Відкриваємо ваші дані…",
    ("UnlockPage", "Save passphrase"): "Зберегти парольну фразу",
    ("UnlockPage", "Open"): "Відкрити",
    # C++ services and models (core, app)
    ("gw::HourEntryForm", "Today"): "Сьогодні",
    ("gw::HourEntryForm", "Yesterday"): "Учора",
    ("gw::HourEntryForm", "Changed. Your entry is now %1."): "Змінено. Тепер ваш запис: %1.",
    ("gw::HourEntryForm", "Saved: %1. Thank you for helping!"): "Збережено: %1. Дякуємо за вашу допомогу!",
    ("gw::HourHistoryModel", "Removed on %1"): "Видалено %1",
    ("gw::HourHistoryModel", "Changed to %1"): "Змінено на %1",
    ("gw::HourHistoryModel", "Changed to %1 on %2"): "%2 змінено на %1",
    ("gw::HourHistoryModel", "Not accepted by the server."): "Сервер не прийняв цей запис.",
    ("gw::HoursService", "%1 per month"): "%1 на місяць",
    ("gw::HoursService", "%1 per week"): "%1 на тиждень",
    ("gw::HoursService", "week %1"): "тиждень %1",
    ("gw::HoursService", "Gangwerk is not set up yet."): "Gangwerk ще не налаштовано.",
    ("gw::HoursService", "Your hours could not be saved. Nothing was changed. Please try again."):
        "Не вдалося зберегти ваші години. Нічого не змінено. Будь ласка, спробуйте ще раз.",
    ("gw::HoursService", "The entry could not be removed. Nothing was changed. Please try again."):
        "Не вдалося видалити запис. Нічого не змінено. Будь ласка, спробуйте ще раз.",
    ("gw::HoursService", "This is not a date. Choose the end of the pause again."):
        "Це не дата. Виберіть ще раз, коли закінчується пауза.",
    ("gw::HoursService", "Your beheerder paused your hours until %1. Take good care of yourself."):
        "Соціальний менеджер поставив ваші години на паузу до %1 включно. Бережіть себе.",
    ("gw::HoursService", "Your pause has ended: hours are asked again from today. Good to have you back."):
        "Ваша пауза закінчилася: з сьогодні години знову потрібні. Раді, що ви знову з нами.",
    ("gw::HoursService", "The pause could not be saved. Nothing was changed. Please try again."):
        "Не вдалося зберегти паузу. Нічого не змінено. Будь ласка, спробуйте ще раз.",
    ("Mutations", "A pause cannot end before today. Choose a later date, or lift the pause."):
        "Пауза не може закінчитися раніше, ніж сьогодні. Виберіть пізнішу дату або зніміть паузу.",
    ("Mutations", "This member is not part of your project."):
        "Цей мешканець не належить до вашого проєкту.",
    ("gw::sync::SyncStatus", "Everything is up to date."): "Усе оновлено.",
    ("gw::sync::SyncStatus", "The server does not answer — your changes are safe on this device"):
        "Сервер не відповідає — ваші зміни в безпеці на цьому пристрої",
    # the permission table (core/permissions.cpp): why something is not allowed
    ("Permissions", "You can only log your own hours."): "Ви можете записувати лише власні години.",
    ("Permissions", "Only a beheerder can credit hours for an activity or a service."):
        "Лише соціальний менеджер може зарахувати години за захід або допомогу.",
    ("Permissions", "Only the beheerder sees everyone's hours."):
        "Лише соціальний менеджер бачить години всіх.",
    ("Permissions", "Only a beheerder can pause a requirement."):
        "Лише соціальний менеджер може поставити на паузу години, які від когось потрібні.",
    ("Permissions", "Only the member and the beheerder see this."):
        "Це бачать лише сам мешканець і соціальний менеджер.",
    ("Permissions", "Only the beheerder sees the reason for a pause."):
        "Лише соціальний менеджер бачить причину паузи.",
    ("Permissions", "This is only for the people of that corridor."):
        "Це лише для людей з того коридору.",
    ("Permissions", "Only the beheerder sees this."): "Це бачить лише соціальний менеджер.",
    ("Permissions", "Only a gangmaker or the beheerder can plan an activity here."):
        "Запланувати тут захід може лише організатор коридору або соціальний менеджер.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can change this activity."):
        "Змінити цей захід може лише організатор цього коридору або соціальний менеджер.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can cancel this activity."):
        "Скасувати цей захід може лише організатор цього коридору або соціальний менеджер.",
    ("Permissions", "Only the organisers see who signed up."):
        "Лише організатори бачать, хто записався.",
    ("Permissions", "Only the organisers can take attendance."):
        "Лише організатори можуть відмічати, хто прийшов.",
    ("Permissions", "Only the organisers can give someone a place from the waiting list."):
        "Лише організатори можуть дати комусь місце зі списку очікування.",
    ("Permissions", "You can only sign yourself up or off."):
        "Ви можете записати або виписати лише себе.",
    ("Permissions", "You can only come together with a neighbour from your corridor."):
        "Ви можете прийти лише разом із сусідом зі свого коридору.",
    ("Permissions", "You can only ask or offer help for yourself."):
        "Ви можете просити або пропонувати допомогу лише від свого імені.",
    ("Permissions", "Only a gangmaker or the beheerder can ask for help for a neighbour."):
        "Просити допомоги для сусіда може лише організатор коридору або соціальний менеджер.",
    ("Permissions", "You cannot take this request."): "Ви не можете взяти цей запит.",
    ("Permissions", "Only the helper can report this help as done."):
        "Лише той, хто допомагає, може повідомити, що допомогу надано.",
    ("Permissions", "Only the person who asked can confirm this help."):
        "Лише той, хто просив, може підтвердити цю допомогу.",
    ("Permissions", "Only the beheerder can hide a post."):
        "Лише соціальний менеджер може приховати допис.",
    ("Permissions", "Only the beheerder can settle this."): "Лише соціальний менеджер може це вирішити.",
    ("Permissions", "Only the member and the beheerder see these talents."):
        "Ці таланти бачать лише сам мешканець і соціальний менеджер.",
    ("Permissions", "Only the beheerder can change talents."):
        "Лише соціальний менеджер може змінювати таланти.",
    ("Permissions", "You can only send a signal in your own name."):
        "Ви можете надіслати звернення лише від свого імені.",
    ("Permissions", "Only a gangmaker can send a signal for a neighbour."):
        "Лише організатор коридору може надіслати звернення від імені сусіда.",
    ("Permissions", "Only the person who sent this signal and the beheerder see it."):
        "Це звернення бачать лише той, хто його надіслав, і соціальний менеджер.",
    ("Permissions", "Only the person who sent this signal can add to it."):
        "Лише той, хто надіслав це звернення, може щось до нього додати.",
    ("Permissions", "Only the person who sent this signal can open it again."):
        "Лише той, хто надіслав це звернення, може відкрити його знову.",
    ("Permissions", "Only the beheerder can handle a signal."):
        "Лише соціальний менеджер може опрацювати звернення.",
    ("Permissions", "Only the beheerder sees notes on a signal."):
        "Лише соціальний менеджер бачить нотатки до звернення.",
    ("Permissions", "Only the beheerder can write notes on a signal."):
        "Лише соціальний менеджер може писати нотатки до звернення.",
    ("Permissions", "Only the beheerder can ask for a knock on the door."):
        "Лише соціальний менеджер може попросити когось постукати в чиїсь двері.",
    ("Permissions", "This task is for someone else."): "Це завдання для когось іншого.",
    ("Permissions", "Only the beheerder can invite people."):
        "Лише соціальний менеджер може запрошувати людей.",
    ("Permissions", "Only the beheerder can disconnect a device."):
        "Лише соціальний менеджер може від’єднати пристрій.",
    ("gw::MemberProgressModel", "%1 of %2"): "%1 з %2",
    ("gw::MonthlyHoursModel", "%1: %2 of %3"): "%1: %2 з %3",
    ("gw::Session", "Gangwerk cannot create the folder for your data. Check free space."):
        "Gangwerk не може створити папку для ваших даних. Перевірте, чи достатньо вільного місця.",
    ("gw::Session", "The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help."):
        "Ключа до ваших даних більше немає на цьому комп’ютері, тому Gangwerk не може їх відкрити. Ваші дані не змінено. Попросіть допомоги в соціального менеджера.",
    ("gw::Session", "Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed."):
        "Ваші дані замкнено сховищем ключів цього комп’ютера, але зараз воно недоступне. Вийдіть із системи й увійдіть знову, а потім знову відкрийте Gangwerk. Ваші дані не змінено.",
    ("gw::Session", "Use at least %n characters."):
        ["Використайте щонайменше %n символ.",
         "Використайте щонайменше %n символи.",
         "Використайте щонайменше %n символів."],
    ("gw::Session", "The two passphrases are not the same. Type them again."):
        "Парольні фрази не збігаються. Введіть їх ще раз.",
    ("gw::Session", "That passphrase is not right. Try again."):
        "Ця парольна фраза неправильна. Спробуйте ще раз.",
    # enrolment (first run)
    ("EnrolPage", "Connect to your housing project"): "Підключіться до свого житлового проєкту",
    ("EnrolPage", "Your beheerder gives you a server address and an invite code. You only do this once on this device."):
        "Соціальний менеджер дає вам адресу сервера та код запрошення. Це потрібно зробити лише один раз на цьому пристрої.",
    ("EnrolPage", "Server address"): "Адреса сервера",
    ("EnrolPage", "Starts with https://. An address with http:// only works for a test server on this computer."):
        "Починається з https://. Адреса з http:// працює лише для тестового сервера на цьому комп’ютері.",
    ("EnrolPage", "Invite code"): "Код запрошення",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter."):
        "Великі літери, пробіли й дефіси не мають значення.",
    ("EnrolPage", "Name of this device"): "Назва цього пристрою",
    ("EnrolPage", "So you and your beheerder can recognise it later."):
        "Щоб ви і соціальний менеджер могли потім його впізнати.",
    ("EnrolPage", "Your name (if you want)"): "Ваше ім’я (за бажанням)",
    ("EnrolPage", "Your name"): "Ваше ім’я",
    ("EnrolPage", "Leave it empty if your beheerder already wrote down your name."):
        "Залиште порожнім, якщо соціальний менеджер уже записав ваше ім’я.",
    ("EnrolPage", "Connecting… This can take a moment."): "Підключення… Це може тривати хвилинку.",
    ("EnrolPage", "Connect"): "Підключити",
    ("EnrolPage", "Connects this device to your housing project."): "Підключає цей пристрій до вашого житлового проєкту.",
    ("EnrolPage", "Got an invite link or a QR code? Open it on this device, or paste the link in the code field: the address and the code are filled in for you."):
        "Маєте посилання-запрошення або QR-код? Відкрийте його на цьому пристрої або вставте посилання в поле для коду. Тоді адресу й код буде заповнено автоматично.",
    ("gw::sync::Enrolment", "Check the code letter by letter. A code works only once, and only for a short time."):
        "Перевірте код літера за літерою. Код працює лише один раз і лише недовго.",
    ("gw::sync::Enrolment", "This protects your project against people who guess codes."):
        "Це захищає ваш проєкт від людей, які намагаються вгадати коди.",
    ("gw::sync::Enrolment", "Is the address exactly as your beheerder gave it? Are you connected to the internet?"):
        "Адреса точно така, як дав соціальний менеджер? У вас є інтернет?",
    ("gw::sync::Enrolment", "Do not use this address until your beheerder has checked it."):
        "Не використовуйте цю адресу, доки соціальний менеджер її не перевірить.",
    ("gw::sync::Enrolment", "Install the newest version of Gangwerk, then try again."):
        "Установіть найновішу версію Gangwerk і спробуйте ще раз.",
    ("gw::sync::Enrolment", "For example: https://gangwerk.example.nl"): "Наприклад: https://gangwerk.example.nl",
    ("gw::sync::Enrolment", "If it keeps happening, tell your beheerder."): "Якщо це повторюється, скажіть соціальному менеджеру.",
    ("gw::sync::Enrolment", "Gangwerk on %1"): "Gangwerk на %1",
    ("gw::sync::Enrolment", "An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)"):
        "Адреса з http:// небезпечна: будь-хто може прочитати ваші дані. Використовуйте адресу з https://. (http:// працює лише для тестового сервера на цьому комп’ютері.)",
    ("gw::sync::Enrolment", "Type the address of your project's server."): "Введіть адресу сервера вашого проєкту.",
    ("gw::sync::Enrolment", "Your beheerder gives it to you, together with the invite code."):
        "Її дає вам соціальний менеджер разом із кодом запрошення.",
    ("gw::sync::Enrolment", "Type the invite code from your beheerder."): "Введіть код запрошення від соціального менеджера.",
    ("gw::sync::Enrolment", "It looks like ABCD-EFGH-JKLM-NPQR."): "Він виглядає так: ABCD-EFGH-JKLM-NPQR.",
    ("gw::sync::Enrolment", "Phone"): "Телефон",
    ("gw::sync::Enrolment", "Computer"): "Комп’ютер",
    ("gw::sync::Enrolment", "%1, since %2"): "%1, з %2",
    # sync status
    ("gw::sync::SyncStatus", "%n change(s) waiting to be sent"):
        ["%n зміна чекає на надсилання",
         "%n зміни чекають на надсилання",
         "%n змін чекають на надсилання"],
    ("gw::sync::SyncStatus", "Demo on this device only: not connected to a server."):
        "Демо лише на цьому пристрої: без підключення до сервера.",
    ("gw::sync::SyncStatus", "Syncing…"): "Синхронізація…",
    ("gw::sync::SyncStatus", "Offline — your changes are safe on this device"):
        "Офлайн — ваші зміни в безпеці на цьому пристрої",
    ("gw::sync::SyncStatus", "Not synced — your changes are safe on this device"):
        "Не синхронізовано — ваші зміни в безпеці на цьому пристрої",
    ("gw::sync::SyncStatus", "Not synced yet"): "Ще не синхронізовано",
    ("gw::sync::SyncStatus", "Synced just now"): "Щойно синхронізовано",
    ("gw::sync::SyncStatus", "Synced %n minute(s) ago"):
        ["Синхронізовано %n хвилину тому",
         "Синхронізовано %n хвилини тому",
         "Синхронізовано %n хвилин тому"],
    ("gw::sync::SyncStatus", "Synced %n hour(s) ago"):
        ["Синхронізовано %n годину тому",
         "Синхронізовано %n години тому",
         "Синхронізовано %n годин тому"],
    ("gw::sync::SyncStatus", "Synced on %1"): "Синхронізовано %1",
    ("SyncStatusLine", "Shows the sync details."): "Показує подробиці синхронізації.",
    ("SyncSection", "Sync"): "Синхронізація",
    ("SyncSection", "Server: %1"): "Сервер: %1",
    ("SyncSection", "Syncing…"): "Синхронізація…",
    ("SyncSection", "Sync now"): "Синхронізувати зараз",
    ("SyncSection", "Sends your changes and fetches the newest data."):
        "Надсилає ваші зміни й отримує найновіші дані.",
    ("SyncSection", "Not accepted by the server"): "Сервер не прийняв",
    ("SyncSection", "These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear."):
        "Ці зміни не зараховуються. Вони залишаються в цьому списку, щоб ви бачили, що сталося. Якщо щось незрозуміло, запитайте соціального менеджера.",
    ("MutationKinds", "A pause of someone's hours"): "Пауза для чиїхось годин",
    ("MutationKinds", "Hours you logged"): "Години, які ви записали",
    ("MutationKinds", "A change"): "Зміна",
    ("SyncSection", "%1, made on %2: %3"): "%1, зроблено %2: %3",
    ("SyncSection", "%1, made on %2"): "%1, зроблено %2",
    # the engine's words
    ("gw::sync::SyncEngine", "This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you."):
        "Це не адреса сервера. Вона виглядає так: gangwerk.example.nl:8443. Її може підказати соціальний менеджер.",
    ("gw::sync::SyncEngine", "The server cannot be reached. Check the address and your internet connection, then try again."):
        "Сервер недоступний. Перевірте адресу та підключення до інтернету й спробуйте ще раз.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder."):
        "Сервер не зміг підтвердити, хто він (його сертифікат не вважається надійним). Нічого не надіслано. Перевірте адресу разом із соціальним менеджером.",
    ("gw::sync::SyncEngine", "This address does not answer like a Gangwerk server. Check the address with your beheerder."):
        "Ця адреса відповідає не так, як сервер Gangwerk. Перевірте адресу разом із соціальним менеджером.",
    ("gw::sync::SyncEngine", "This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code."):
        "Цей код запрошення не працює: можливо, у ньому помилка, його строк минув або його вже використано. Попросіть у соціального менеджера новий код.",
    ("gw::sync::SyncEngine", "Too many attempts just now. Wait a few minutes and try again."):
        "Забагато спроб за короткий час. Зачекайте кілька хвилин і спробуйте ще раз.",
    ("gw::sync::SyncEngine", "This version of Gangwerk is too old for the server. Please update the app."):
        "Ця версія Gangwerk застара для сервера. Будь ласка, оновіть застосунок.",
    ("gw::sync::SyncEngine", "Enrolling did not work because of a problem on the server. Try again later."):
        "Не вдалося підключитися через проблему на сервері. Спробуйте пізніше.",
    ("gw::sync::SyncEngine", "The server's answer was not understood. Try again later."):
        "Не вдалося зрозуміти відповідь сервера. Спробуйте пізніше.",
    ("gw::sync::SyncEngine", "Gangwerk could not save the enrolment on this device. Nothing was changed; try again."):
        "Gangwerk не зміг зберегти підключення на цьому пристрої. Нічого не змінено. Спробуйте ще раз.",
    ("gw::sync::SyncEngine", "The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back."):
        "Сервер зараз недоступний. Ваші зміни в безпеці на цьому пристрої, і їх буде надіслано, коли з’явиться зв’язок.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder."):
        "Сервер не зміг підтвердити, хто він (його сертифікат не вважається надійним), тому нічого не надіслано. Будь ласка, скажіть про це соціальному менеджеру.",
    ("gw::sync::SyncEngine", "This device is no longer connected to your project. Ask your beheerder for a new invite code."):
        "Цей пристрій більше не підключений до вашого проєкту. Попросіть у соціального менеджера новий код запрошення.",
    ("gw::sync::SyncEngine", "The server does not allow this device to sync. Please tell your beheerder."):
        "Сервер не дозволяє цьому пристрою синхронізуватися. Будь ласка, скажіть про це соціальному менеджеру.",
    ("gw::sync::SyncEngine", "Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again."):
        "Синхронізація щойно не вдалася. Ваші зміни в безпеці на цьому пристрої. Gangwerk спробує ще раз.",
    # beheerder: residents and pauses
    ("ResidentsPage", "Residents"): "Мешканці",
    ("ResidentsFilters", "Residents"): "Мешканці",
    ("ResidentsPage", "This month (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "Цей місяць (%1): виконані години і потрібні години. Це привід поговорити з людиною, а не порівнювати людей.",
    ("ResidentsPage", "This week (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "Цей тиждень (%1): виконані години і потрібні години. Це привід поговорити з людиною, а не порівнювати людей.",
    ("ResidentsFilters", "No residents yet. They appear here after they connect and sync."):
        "Мешканців ще немає. Вони з’являться тут, коли підключаться й синхронізуються.",
    ("MemberRow", "gangmaker"): "організатор коридору",
    ("MemberRow", "%1 done, hours paused until %2"): "Виконано %1, години на паузі до %2 включно",
    ("MemberRow", "%1 done"): "Виконано %1",
    ("MemberRow", "Hours paused until %1"): "Години на паузі до %1 включно",
    ("MemberRow", "Change pause"): "Змінити паузу",
    ("MemberRow", "Pause"): "Пауза",
    ("MemberRow", "Change the pause for %1"): "Змінити паузу: %1",
    ("MemberRow", "Pause the hours of %1"): "Поставити години на паузу: %1",
    ("PauseDialog", "The pause could not be saved. Please try again."):
        "Не вдалося зберегти паузу. Будь ласка, спробуйте ще раз.",
    ("PauseDialog", "The pause for %1 is lifted."): "%1: паузу знято.",
    ("PauseDialog", "%1's hours are paused until %2."): "%1: години на паузі до %2 включно.",
    ("PauseDialog", "Pause hours for %1"): "Пауза годин: %1",
    ("PauseDialog", "The hours of %1 are paused until %2. Choose a new date, or lift the pause."):
        "%1: години на паузі до %2 включно. Виберіть нову дату або зніміть паузу.",
    ("PauseDialog", "During a pause, %1 is not asked to do hours. Hours they still log keep counting."):
        "Під час паузи %1 не має виконувати години. Години, які все ж буде записано, і далі зараховуються.",
    ("PauseDialog", "Until the end of this month (%1)"): "До кінця цього місяця (%1)",
    ("PauseDialog", "Until the end of next month (%1)"): "До кінця наступного місяця (%1)",
    ("PauseDialog", "For a number of weeks"): "На кілька тижнів",
    ("PauseDialog", "Number of weeks"): "Кількість тижнів",
    ("PauseDialog", "%n week(s), until %1"):
        ["%n тиждень, до %1 включно",
         "%n тижні, до %1 включно",
         "%n тижнів, до %1 включно"],
    ("PauseDialog", "Lift the pause: hours are asked again from today"):
        "Зняти паузу: з сьогодні години знову потрібні",
    ("PauseDialog", "Cancel"): "Скасувати",
    ("PauseDialog", "Lift pause"): "Зняти паузу",
    ("PauseDialog", "Keep pause"): "Залишити паузу",
    ("PauseDialog", "Extend pause"): "Продовжити паузу",
    ("PauseDialog", "Shorten pause"): "Скоротити паузу",
    ("PauseDialog", "Keep it until %1, as it is now"): "Залишити як є: до %1 включно",
    ("PauseDialog", "Pause hours"): "Поставити години на паузу",
    # first start
    ("IntroPage", "Living here means helping each other"): "Жити тут — означає допомагати одне одному",
    ("IntroPage", "In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid."):
        "У вашому житловому проєкті сусіди допомагають одне одному. Ваш проєкт просить кожного приділяти кілька годин на місяць. Ми називаємо це взаємодопомогою (wederkerigheid).",
    ("IntroPage", "What counts"): "Що зараховується",
    ("IntroPage", "Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too."):
        "Покупки для сусіда, розмова, допомога з анкетою чи комп’ютером, спільне приготування їжі, робота в саду, збори мешканців. Дрібниці теж зараховуються.",
    ("IntroPage", "Your hours, safe on this device"): "Ваші години — у безпеці на цьому пристрої",
    ("IntroPage", "You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them."):
        "Ви записуєте години своєї допомоги. Вони зберігаються під замком на цьому пристрої, і їх бачить лише соціальний менеджер. Ваші сусіди їх не бачать.",
    ("IntroPage", "Step %1 of %2"): "Крок %1 з %2",
    ("IntroPage", "Skip"): "Пропустити",
    ("IntroPage", "Skip the introduction"): "Пропустити вступ",
    ("IntroPage", "Next"): "Далі",
    ("IntroPage", "Start"): "Почати",
    ("InviteLink", "This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code."):
        "Це не посилання-запрошення Gangwerk. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.",
    ("InviteLink", "This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code."):
        "У цьому посиланні-запрошенні немає правильної адреси. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.",
    ("InviteLink", "This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code."):
        "У цьому посиланні-запрошенні немає правильного коду. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.",
    ("MonthChart", "Use the arrow keys to choose a month."): "Оберіть місяць клавішами зі стрілками.",
    ("YearChartCard", "The last 12 months"): "Останні 12 місяців",
    ("EnrolPage", "Got a link or a QR code from your beheerder? Open it on this device: everything is filled in."):
        "Маєте посилання або QR-код від соціального менеджера? Відкрийте його на цьому пристрої, і все буде заповнено.",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter. You can also paste the invite link here."):
        "Великі літери, пробіли й дефіси не мають значення. Сюди також можна вставити посилання-запрошення.",
    ("LogHoursPage", "Another day…"): "Інший день…",
    ('HomePage', 'May need a conversation'): 'Можливо, варто поговорити',
    ('MemberRow', 'May need a conversation'): 'Можливо, варто поговорити',
    ('ResidentsPage', 'May need a conversation'): 'Можливо, варто поговорити',
    ('HomePage', 'In %1, everyone did at least half of what was asked so far.'): 'У %1 усі зробили щонайменше половину того, що просили досі.',
    ('HomePage', 'In %1, they did less than half of what was asked so far: %2.'): 'У %1 ці мешканці зробили менше половини того, що просили досі: %2.',
    ('HomePage', 'Show them'): 'Показати',
    ('HomePage', 'Show the residents who may need a conversation'): 'Показати мешканців, з якими, можливо, варто поговорити',
    ('ResidentRow', 'No corridor'): 'Без коридору',
    ("ResidentsFilters", '%1: hours done and hours asked. A reason to talk with someone, never to compare people.'): '%1: виконані та потрібні години. Привід поговорити з кимось, а не порівнювати людей.',
    ("ResidentsFilters", 'This month'): 'Цей місяць',
    ("ResidentsFilters", 'This week'): 'Цей тиждень',
    ("ResidentsFilters", 'Last month'): 'Минулий місяць',
    ("ResidentsFilters", 'Last week'): 'Минулий тиждень',
    ('ResidentsPage', 'Find by name or corridor'): 'Пошук за ім’ям або коридором',
    ('ResidentsPage', 'Find a resident by name or corridor'): 'Знайти мешканця за ім’ям або коридором',
    ("ResidentsFilters", 'Everyone'): 'Усі',
    ("ResidentsFilters", 'Paused'): 'На паузі',
    ("ResidentsFilters", '%1 of %2 residents shown'): '%1 з %2 мешканців',
    ("ResidentsFilters", 'Getting the residents from your project…'): 'Отримуємо мешканців із вашого проєкту…',
    ("ResidentsFilters", 'Nobody matches. Clear the search or choose Everyone.'): 'Нікого не знайдено. Очистіть пошук або виберіть «Усі».',
    ('HomePage', 'and %n more'): ['і ще %n', 'і ще %n', 'і ще %n'],
    ("ResidentsFilters", 'Worth a talk'): 'Варто поговорити',
    ('MonthReport', 'Corridor'): 'Коридор',
    ('MonthReport', 'Name'): 'Ім’я',
    ('MonthReport', 'Minutes done'): 'Хвилин виконано',
    ('MonthReport', 'Minutes asked'): 'Хвилин потрібно',
    ('MonthReport', 'Done'): 'Виконано',
    ('MonthReport', 'Asked'): 'Потрібно',
    ('MonthReport', 'Paused until'): 'Пауза до',
    ('MonthReport', 'Wederkerigheid: %1, %2'): 'Взаємодопомога (wederkerigheid): %1, %2',
    ('MonthReport', '%1 residents. Together %2 done of %3 asked. %4 paused.'): '%1 мешканців. Разом виконано %2 з %3 потрібних. %4 на паузі.',
    ('MonthReport', 'Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.'): 'Створено в Gangwerk. Години — привід поговорити з кимось, а не порівнювати людей.',
    ('MonthReport', 'The folder %1 cannot be made.'): 'Не вдається створити папку %1.',
    ('MonthReport', 'The report could not be saved (%1).'): 'Не вдалося зберегти звіт (%1).',
    ("ResidentsFilters", 'Month report'): 'Звіт за місяць',
    ("ResidentsFilters", 'Save the month report for the housing provider, as a spreadsheet and to print'): 'Зберегти звіт за місяць для житлової організації: таблицею і для друку',
    ("ResidentsFilters", 'Open the folder with the report'): 'Відкрити папку зі звітом',
    ('gw::Session', 'Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).'): 'Збережено в %1: звіт таблицею (CSV) і для друку (PDF).',
    ('PauseDialog', 'Reason (optional, only the beheerder sees it)'): 'Причина (необов’язково, бачить лише соціальний менеджер)',
    ('PauseDialog', 'Reason for the pause, optional. Only the beheerder sees it.'): 'Причина паузи, необов’язково. Бачить лише соціальний менеджер.',
    ('ResidentPage', 'Change pause'): 'Змінити паузу',
    ('ResidentPage', 'Pause'): 'Пауза',
    ('ResidentPage', 'Change the pause for %1'): 'Змінити паузу: %1',
    ('ResidentPage', 'Pause the hours of %1'): 'Поставити години на паузу: %1',
    ('ResidentPage', 'The last 12 months'): 'Останні 12 місяців',
    ('ResidentPage', 'All residents'): 'Усі мешканці',
    ('ResidentPage', 'Back to all residents'): 'Назад до всіх мешканців',
    ('ResidentPage', 'Hours given'): 'Надані години',
    ('ResidentPage', 'Pauses'): 'Паузи',
    ('ResidentPage', 'No pauses.'): 'Пауз немає.',
    ('ResidentPage', 'now'): 'зараз',
    ('ResidentPage', 'Reason: %1'): 'Причина: %1',
    ('ResidentPage', 'Entries'): 'Записи',
    ('ResidentPage', 'No hours filled in yet.'): 'Ще немає записаних годин.',
    ('ResidentPage', 'a correction'): 'виправлення',
    ('ResidentsPage', 'paused until %1'): 'пауза до %1',
    ('gw::MemberProgressModel', '%1 – %2'): '%1 – %2',
    ("ResidentsFilters", 'By corridor'): 'За коридором',
    ("ResidentsFilters", 'Group by corridor'): 'Групувати за коридором',
    # devices: the beheerder disconnects a lost phone
    ('DeviceLine', 'this device'): 'цей пристрій',
    ('DeviceLine', 'waiting to be sent'): 'чекає на надсилання',
    ('DeviceLine', 'Disconnect'): 'Від’єднати',
    ('DeviceLine', 'Disconnect %1'): 'Від’єднати %1',
    ('Devices', 'never'): 'ще не було',
    ('Devices', 'today'): 'сьогодні',
    ('Devices', 'yesterday'): 'учора',
    ('Devices', '%n days ago'):
        ['%n день тому',
         '%n дні тому',
         '%n днів тому'],
    ('DisconnectDialog', '%1 of %2 is disconnected.'): '%2: пристрій %1 від’єднано.',
    ('DisconnectDialog', 'Disconnect %1?'): 'Від’єднати %1?',
    ('DisconnectDialog', 'This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.'):
        '%1: після цього цей пристрій більше нічого не зможе бачити чи надсилати. Години цієї людини залишаться. Щоб знову користуватися Gangwerk на цьому пристрої, потрібне нове запрошення.',
    ('DisconnectDialog', 'Cancel'): 'Скасувати',
    ('DisconnectDialog', 'Disconnect'): 'Від’єднати',
    ('DisconnectDialog', 'Disconnect %1'): 'Від’єднати %1',
    ('MemberRow', 'Not connected yet'): 'Ще не підключено',
    ('MemberRow', 'Last updated: %1'): 'Останнє оновлення: %1',
    ('MemberRow', 'studio %1'): 'студія %1',
    ('MutationKinds', 'A device you disconnected'): 'Пристрій, який ви від’єднали',
    ('Mutations', 'This device is not part of your project.'): 'Цей пристрій не належить до вашого проєкту.',
    ('Mutations', 'You are using this device now. You cannot disconnect it from here.'):
        'Ви зараз користуєтеся цим пристроєм. Звідси його не можна від’єднати.',
    ('ResidentPage', 'Studio %1'): 'Студія %1',
    ('ResidentPage', 'Devices'): 'Пристрої',
    ('ResidentPage', 'Not connected yet. Give %1 an invite to connect a phone.'):
        'Ще не підключено. Дайте запрошення, і %1 зможе підключити телефон.',
    ("ResidentsFilters", 'Find by name, studio or corridor'): 'Пошук за ім’ям, студією або коридором',
    ("ResidentsFilters", 'Find a resident by name, studio or corridor'): 'Знайти мешканця за ім’ям, студією або коридором',
    ("ResidentsFilters", 'Not updated for %n days'):
        ['Без оновлень %n день',
         'Без оновлень %n дні',
         'Без оновлень %n днів'],
    ("ResidentsFilters", 'Not connected yet'): 'Ще не підключено',
    ("ResidentsFilters", '%n days'):
        ['%n день',
         '%n дні',
         '%n днів'],
    ("ResidentsFilters", 'Not updated for how many days'): 'Скільки днів без оновлень',
    ('gw::DeviceListModel', 'Last updated: %1'): 'Останнє оновлення: %1',
    ('gw::DeviceListModel', 'Connected since %1'): 'Підключено з %1',
    ('gw::DeviceListModel', 'Disconnected on %1'): 'Від’єднано %1',
    ('gw::DevicesService', 'Gangwerk is not set up yet.'): 'Gangwerk ще не налаштовано.',
    ('gw::DevicesService', 'The device could not be disconnected. Nothing was changed. Please try again.'):
        'Не вдалося від’єднати пристрій. Нічого не змінено. Будь ласка, спробуйте ще раз.',
    ('DayPicker', 'Choose a day'): 'Оберіть день',
    ('DayPicker', 'Previous month'): 'Попередній місяць',
    ('DayPicker', 'Next month'): 'Наступний місяць',
    ('DayPicker', 'today'): 'сьогодні',
    ('DayPicker', 'Cancel'): 'Скасувати',
    ('LogHoursPage', 'Day: %1. Choose another day'): 'День: %1. Оберіть інший день',
    ('ActivitiesRules', 'Give the activity a name, for example “Cooking together”.'):
        'Дайте заходу назву, наприклад «Готуємо разом».',
    ('ActivitiesRules', 'The name is too long. Use at most %1 characters.'):
        'Назва задовга. Використайте щонайбільше %1 символів.',
    ('ActivitiesRules', 'The description is too long. Use at most %1 characters.'):
        'Опис задовгий. Використайте щонайбільше %1 символів.',
    ('ActivitiesRules', 'Choose where the activity takes place.'): 'Виберіть, де відбудеться захід.',
    ('ActivitiesRules', 'Choose the day and time it starts.'): 'Виберіть день і час, коли захід почнеться.',
    ('ActivitiesRules', 'This time has passed. Choose a time that is still to come.'):
        'Цей час уже минув. Виберіть час, який ще не настав.',
    ('ActivitiesRules', 'Choose an end after the start.'): 'Виберіть час закінчення, пізніший за час початку.',
    ('ActivitiesRules', 'An activity lasts at most %1 hours. Plan a longer one as two activities.'):
        'Захід триває щонайбільше %1 годин. Довший захід сплануйте як два окремі.',
    ('ActivitiesRules', 'Choose between 1 and %1 places, or no limit.'):
        'Виберіть від 1 до %1 місць або без обмеження.',
    ('ActivitiesRules', 'Signing up must close before the activity starts.'):
        'Запис має закритися до початку заходу.',
    ('ActivitiesRules', 'Choose how long counts as hours: between 5 minutes and %1 hours.'):
        'Виберіть, скільки часу зараховується як години: від 5 хвилин до %1 годин.',
    ('ActivitiesRules', 'Only an activity that counts as hours gives time.'):
        'Час дає лише захід, який зараховується як години.',
    ('ActivitiesRules', '%1 is already booked then for “%2” (%3). Choose another time or place.'):
        '%1 у цей час уже заброньовано для «%2» (%3). Виберіть інший час або місце.',
    ('ActivitiesRules', 'This activity is cancelled. You cannot sign up for it.'):
        'Цей захід скасовано. Записатися на нього не можна.',
    ('ActivitiesRules', 'This activity has already started. You cannot sign up for it any more.'):
        'Цей захід уже почався. Записатися на нього вже не можна.',
    ('ActivitiesRules', 'Signing up for this activity has closed. Ask the organiser if you still want to come.'):
        'Запис на цей захід закрито. Якщо ви все ж хочете прийти, запитайте організатора заходу.',
    ('ActivitiesRules', 'You are already signed up for this activity (or your neighbour is).'):
        'Ви вже записані на цей захід (або ваш сусід уже записаний).',
    ('ActivitiesRules', 'Choose a neighbour to come with, or come alone.'):
        'Виберіть сусіда, з яким прийдете, або приходьте самі.',
    # activities (qml/activities, core/activitiesservice.cpp)
    ('ActivitiesPage', 'Activities'): 'Заходи',
    ('ActivitiesPage', 'What your neighbours organise. Sign up, alone or together with a neighbour.'):
        'Що організовують ваші сусіди. Записуйтеся самі або разом із сусідом.',
    ('ActivitiesPage', 'Which activities'): 'Які заходи',
    ('ActivitiesPage', 'Coming up'): 'Найближчі',
    ('ActivitiesPage', 'Mine'): 'Мої',
    ('ActivitiesPage', 'Earlier'): 'Минулі',
    ('ActivitiesPage', 'You have not signed up for anything yet. Look under “Coming up”.'):
        'Ви ще ні на що не записалися. Погляньте в розділі «Найближчі».',
    ('ActivitiesPage', 'No activities in the last two months.'): 'За останні два місяці заходів не було.',
    ('ActivitiesPage', 'No activities planned yet. Your corridor is waiting for the first one.'):
        'Заходів ще не заплановано. Ваш коридор чекає на перший.',
    ('ActivitiesPage', 'No activities yet. Ask your gangmaker what is coming.'):
        'Заходів поки немає. Запитайте організатора коридору, що планується.',
    ('ActivitiesPage', 'Choose an activity to see what it is and to sign up.'):
        'Виберіть захід, щоб дізнатися про нього більше й записатися.',
    ('ActivitiesRules', '%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'):
        '%1 — це спільна кімната іншого коридору. Виберіть кімнату для всіх або кімнату цього коридору.',
    ('ActivityCard', 'Cancelled'): 'Скасовано',
    ('ActivityCard', 'You organise this'): 'Ви організатор',
    ('ActivityCard', '%1 · for everyone'): '%1 · для всіх',
    ('ActivityDetail', 'You signed up together with %1. You will see here when it is confirmed.'):
        'Ви записалися разом із %1. Тут буде видно, коли запис підтвердять.',
    ('ActivityDetail', 'You signed up. You will see here when it is confirmed.'):
        'Ви записалися. Тут буде видно, коли запис підтвердять.',
    ('ActivityDetail', 'All activities'): 'Усі заходи',
    ('ActivityDetail', 'Back to all activities'): 'Назад до всіх заходів',
    ('ActivityDetail', '%1 · for everyone in the project'): '%1 · для всіх у проєкті',
    ('ActivityDetail', '%1 · for your corridor'): '%1 · для вашого коридору',
    ('ActivityDetail', 'This activity is cancelled: %1'): 'Цей захід скасовано: %1',
    ('ActivityDetail', 'When someone signs off, the first on the list gets the place. You will see it here.'):
        'Коли хтось скасує свій запис, місце отримає перший у списку. Ви побачите це тут.',
    ('ActivityDetail', 'Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.'):
        'Ваш телефон надішле запис, щойно з’явиться інтернет. Сервер дає місця в тому порядку, у якому надходять записи.',
    ('ActivityDetail', 'Join the waiting list'): 'Записатися в список очікування',
    ('ActivityDetail', 'Sign up'): 'Записатися',
    ('ActivityDetail', 'Join the waiting list for %1'): 'Записатися в список очікування на захід %1',
    ('ActivityDetail', 'Sign up for %1'): 'Записатися на захід %1',
    ('ActivityDetail', 'Come with a neighbour…'): 'Прийти із сусідом…',
    ('ActivityDetail', 'Sign up together with a neighbour for %1'): 'Записатися разом із сусідом на захід %1',
    ('ActivityDetail', 'Sign off'): 'Скасувати запис',
    ('ActivityDetail', 'Sign off from %1'): 'Скасувати запис на захід %1',
    ('ActivityDetail', 'You signed off. Your place goes to the next person on the waiting list.'):
        'Ви скасували запис. Ваше місце отримає наступна людина зі списку очікування.',
    ('ActivityDetail', 'Cancel activity…'): 'Скасувати захід…',
    ('ActivityDetail', 'Cancel %1'): 'Скасувати захід %1',
    ('ActivityDetail', 'Come with a neighbour'): 'Прийти із сусідом',
    ('ActivityDetail', 'You both get a place, or you wait together. Ask your neighbour first.'):
        'Ви обоє отримаєте місце або чекатимете разом. Спершу запитайте сусіда.',
    ('ActivityDetail', 'Choose a neighbour'): 'Виберіть сусіда',
    ('ActivityDetail', 'Neighbour to come with'): 'Сусід, з яким ви прийдете',
    ('ActivityDetail', 'Back'): 'Назад',
    ('ActivityDetail', 'Sign up together'): 'Записатися разом',
    ('ActivityDetail', 'Cancel %1?'): 'Скасувати захід %1?',
    ('ActivityDetail', 'Everyone who signed up is told, with your reason.'):
        'Усі, хто записався, отримають повідомлення з вашою причиною.',
    ('ActivityDetail', 'Why, in a few words'): 'Чому? Кількома словами',
    ('ActivityDetail', 'Why it is cancelled'): 'Причина скасування',
    ('ActivityDetail', 'Keep it'): 'Залишити',
    ('ActivityDetail', 'Keep the activity'): 'Залишити захід',
    ('ActivityDetail', 'Cancel activity'): 'Скасувати захід',
    ('ActivityDetail', 'The activity is cancelled. Everyone who signed up will see why.'):
        'Захід скасовано. Усі, хто записався, побачать причину.',
    ('AppShell', 'Activities'): 'Заходи',
    ('MutationKinds', 'An activity you planned'): 'Захід, який ви запланували',
    ('MutationKinds', 'An activity you cancelled'): 'Захід, який ви скасували',
    ('MutationKinds', 'Your sign-up'): 'Ваш запис на захід',
    ('MutationKinds', 'Your sign-off'): 'Скасування вашого запису на захід',
    ('Mutations', 'This activity does not exist (any more).'): 'Такого заходу немає (або вже немає).',
    ('Mutations', 'This activity is for another corridor.'): 'Цей захід для іншого коридору.',
    ('Mutations', 'An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.'):
        'Захід залишається для того коридору, для якого його заплановано. Натомість скасуйте його й заплануйте новий.',
    ('Mutations', 'This activity is cancelled or over. It cannot be changed any more.'):
        'Цей захід скасовано або він уже закінчився. Його більше не можна змінити.',
    ('Mutations', 'An activity has at most 4 organisers.'): 'У заходу може бути щонайбільше 4 організатори.',
    ('Mutations', 'Say in a few words why it is cancelled, so that the people who signed up know.'):
        'Напишіть кількома словами, чому захід скасовано, щоб ті, хто записався, знали.',
    ('Mutations', 'This activity is over. It cannot be cancelled.'): 'Цей захід уже закінчився. Його не можна скасувати.',
    ('Mutations', 'This sign-up does not exist (any more).'): 'Такого запису немає (або вже немає).',
    ('Mutations', 'This activity has already started. Tell the organiser if you cannot stay.'):
        'Цей захід уже почався. Якщо ви не можете залишитися, скажіть організатору.',
    ('gw::ActivitiesService', 'Gangwerk is not set up yet.'): 'Gangwerk ще не налаштовано.',
    ('gw::ActivitiesService', 'This could not be saved. Nothing was changed. Please try again.'):
        'Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.',
    ('gw::ActivitiesService', 'You are not signed up for this activity.'): 'Ви не записані на цей захід.',
    ('gw::ActivityListModel', 'Earlier'): 'Раніше',
    ('gw::ActivityListModel', 'This week'): 'Цього тижня',
    ('gw::ActivityListModel', 'Later'): 'Пізніше',
    ('gw::ActivityListModel', '%n coming'):
        ['Прийде %n людина',
         'Прийдуть %n людини',
         'Прийдуть %n людей'],
    ('gw::ActivityListModel', 'Full – %n waiting'):
        ['Місць немає – чекає %n людина',
         'Місць немає – чекають %n людини',
         'Місць немає – чекають %n людей'],
    ('gw::ActivityListModel', 'Full'): 'Місць немає',
    ('gw::ActivityListModel', '%1 of %2 places taken'): 'Зайнято місць: %1 з %2',
    ('gw::ActivityListModel', 'Signed up – waiting for confirmation'): 'Ви записалися – чекаємо на підтвердження',
    ('gw::ActivityListModel', 'You are coming'): 'Ви прийдете',
    ('gw::ActivityListModel', 'You are coming, together with %1'): 'Ви прийдете разом із %1',
    ('gw::ActivityListModel', 'On the waiting list, place %1'): 'У списку очікування, номер %1',
    ('gw::ActivityListModel', 'Counts as %1 of wederkerigheid'): 'Зараховується як %1 взаємодопомоги',
    ('ActivitiesRules', 'This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'): 'Це вітальня іншого коридору. Оберіть приміщення для всіх або вітальню цього коридору.',
    ('ActivitiesRules', 'The room is already booked then. Choose another time or place.'): 'Приміщення на цей час уже зайняте. Оберіть інший час або місце.',
    ('ActivitiesRules', '%1, %2–%3'): '%1, %2–%3',
    ('ActivityDetail', 'Who signed up'): 'Хто записався',
    ('ActivityDetail', '%1 – came'): '%1 – прийшов(-ла)',
    ('ActivityDetail', '%1 – coming'): '%1 – прийде',
    ('ActivityDetail', '%1 – waiting list, place %2'): '%1 – список очікування, місце %2',
    ('ActivityDetail', '%1 – not yet confirmed'): '%1 – ще не підтверджено',
    ('ActivityDetail', 'Who came?'): 'Хто прийшов?',
    ('ActivityDetail', 'Mark who came to %1'): 'Позначити, хто прийшов на захід %1',
    ('ActivityDetail', 'Who came to %1?'): 'Хто прийшов на захід %1?',
    ('ActivityDetail', 'Everyone you tick gets the hours. You get your organising time.'): 'Кожен, кого ви позначите, отримає години. Ви отримаєте час за організацію.',
    ('ActivityDetail', 'Tick who came.'): 'Позначте, хто прийшов.',
    ('ActivityDetail', '%1 came'): '%1 прийшов(-ла)',
    ('ActivityDetail', 'Save'): 'Зберегти',
    ('ActivityDetail', 'Save who came'): 'Зберегти, хто прийшов',
    ('ActivityDetail', 'Saved who came.'): 'Збережено, хто прийшов.',
    ('MutationKinds', 'Who came, as you marked it'): 'Хто прийшов, як ви позначили',
    ('Mutations', 'This activity is cancelled. Nobody can be marked as present.'): 'Цей захід скасовано. Нікого не можна позначити присутнім.',
    ('Mutations', 'This activity has not started yet. Mark who came once it has begun.'): 'Цей захід ще не почався. Позначте, хто прийшов, коли він почнеться.',
    ('gw::HourHistoryModel', 'Credited for an activity'): 'Зараховано за захід',
    # series and places by hand (issue 8)
    ('ActivitiesRules', 'Every %1, until %2'): 'Щотижня: %1, до %2',
    ('ActivitiesRules', 'Every other %1, until %2'): 'Раз на два тижні: %1, до %2',
    ('ActivitiesRules', 'The first %1 of every month, until %2'): 'Щомісяця: %1 першого тижня, до %2',
    ('ActivitiesRules', 'The second %1 of every month, until %2'): 'Щомісяця: %1 другого тижня, до %2',
    ('ActivitiesRules', 'The third %1 of every month, until %2'): 'Щомісяця: %1 третього тижня, до %2',
    ('ActivitiesRules', 'The fourth %1 of every month, until %2'): 'Щомісяця: %1 четвертого тижня, до %2',
    ('ActivitiesRules', 'The last %1 of every month, until %2'): 'Щомісяця: останній день «%1», до %2',
    ('ActivitiesRules', 'Choose the last day the activity repeats.'): 'Виберіть останній день, коли захід повторюється.',
    ('ActivitiesRules', 'The last day must come after the first date. Choose a later day.'): 'Останній день має бути після першої дати. Виберіть пізніший день.',
    ('ActivitiesRules', 'A series has at most %1 dates. Choose an earlier last day, or plan a new series later.'): 'У серії щонайбільше %1 дат. Виберіть раніший останній день або сплануйте нову серію пізніше.',
    ('ActivityDetail', 'Give a place'): 'Дати місце',
    ('ActivityDetail', 'Give %1 a place now'): 'Дати %1 місце зараз',
    ('ActivityDetail', '%1 has a place now and will be told.'): '%1 тепер має місце й отримає повідомлення.',
    ('ActivityDetail', 'Only this date'): 'Лише ця дата',
    ('ActivityDetail', 'This date and all later dates'): 'Ця дата й усі пізніші дати',
    ('MutationKinds', 'A place you gave from the waiting list'): 'Місце, яке ви дали зі списку очікування',
    ('Mutations', 'This activity is cancelled or over. Nobody can get a place any more.'): 'Цей захід скасовано або він уже минув. Ніхто вже не може отримати місце.',
    ('Mutations', 'This activity has already started.'): 'Цей захід уже почався.',
    ('Mutations', 'This neighbour is not on the waiting list (any more).'): 'Цього сусіда (вже) немає у списку очікування.',
    ('gw::ActivityListModel', 'The organiser changed the series, and this date is no longer in it.'): 'Організатор змінив серію, і ця дата більше до неї не входить.',
    # reminders (issue 8)
    ('Reminders', '%1, %2'): '%1, %2',
    ('Reminders', 'Today: %1'): 'Сьогодні: %1',
    ('Reminders', 'Tomorrow: %1'): 'Завтра: %1',
    ('Reminders', '%1–%2'): '%1–%2',
    ('Reminders', 'Soon: %1'): 'Скоро: %1',
    ('Reminders', 'Starts at %1'): 'Початок о %1',
    ('Reminders', 'You have a place now'): 'Тепер у вас є місце',
    ('Reminders', '%1 – %2'): '%1 – %2',
    ('Reminders', 'Cancelled: %1'): 'Скасовано: %1',
    ('Reminders', '%1. Open Gangwerk to read why.'): '%1. Відкрийте Gangwerk, щоб дізнатися чому.',
    # activity form and week (issue 8)
    ('gw::ActivityForm', 'Changed: %1.'): 'Змінено: %1.',
    ('gw::ActivityForm', 'Planned: %1. It is in the programme now.'): 'Заплановано: %1. Тепер це в програмі.',
    ('gw::ActivityWeekModel', '%1 – %2'): '%1 – %2',
    ('ActivityWeek', 'Cancelled: %1'): 'Скасовано: %1',
    ('ActivityWeek', 'Opens the activity'): 'Відкриває захід',
    ('ActivityWeek', 'Cancelled'): 'Скасовано',
    ('ActivityWeek', 'Previous week'): 'Попередній тиждень',
    ('ActivityWeek', 'This week'): 'Цей тиждень',
    ('ActivityWeek', 'Go to this week'): 'Перейти до цього тижня',
    ('ActivityWeek', 'Next week'): 'Наступний тиждень',
    ('ActivityWeek', 'Activities in the week of %1'): 'Заходи на тиждень %1',
    ('ActivityWeek', 'today'): 'сьогодні',
    ('ActivityWeek', 'Nothing planned'): 'Нічого не заплановано',
    ('ActivityFormPage', '%1, hours'): '%1, години',
    ('ActivityFormPage', '%1, minutes'): '%1, хвилини',
    ('ActivityFormPage', 'All activities'): 'Усі заходи',
    ('ActivityFormPage', 'Back to all activities, without saving'): 'Назад до всіх заходів, без збереження',
    ('ActivityFormPage', 'Change the activity'): 'Змінити захід',
    ('ActivityFormPage', 'Plan an activity'): 'Запланувати захід',
    ('ActivityFormPage', 'Everyone who signed up sees the change.'): 'Усі, хто записався, побачать зміну.',
    ('ActivityFormPage', 'Your neighbours see it in the programme and can sign up.'): 'Ваші сусіди побачать це в програмі й зможуть записатися.',
    ('ActivityFormPage', 'Name'): 'Назва',
    ('ActivityFormPage', 'For example: Cooking together'): 'Наприклад: Готуємо разом',
    ('ActivityFormPage', 'Name of the activity'): 'Назва заходу',
    ('ActivityFormPage', 'What will you do? (optional)'): 'Що ви робитимете? (необов’язково)',
    ('ActivityFormPage', 'For example: we make soup and eat together'): 'Наприклад: варимо суп і їмо разом',
    ('ActivityFormPage', 'Description'): 'Опис',
    ('ActivityFormPage', 'For whom?'): 'Для кого?',
    ('ActivityFormPage', 'For whom'): 'Для кого',
    ('ActivityFormPage', 'My corridor (%1)'): 'Мій коридор (%1)',
    ('ActivityFormPage', 'Everyone in the project'): 'Усі в проєкті',
    ('ActivityFormPage', 'This stays as it was planned.'): 'Це залишається, як було заплановано.',
    ('ActivityFormPage', 'Where?'): 'Де?',
    ('ActivityFormPage', 'Choose a place'): 'Виберіть місце',
    ('ActivityFormPage', 'Place: %1'): 'Місце: %1',
    ('ActivityFormPage', 'Which day?'): 'Який день?',
    ('ActivityFormPage', 'Day: %1. Choose another day'): 'День: %1. Виберіть інший день',
    ('ActivityFormPage', 'Starts at'): 'Починається о',
    ('ActivityFormPage', 'Ends at'): 'Закінчується о',
    ('ActivityFormPage', 'Only a limited number of places'): 'Лише обмежена кількість місць',
    ('ActivityFormPage', 'Number of places'): 'Кількість місць',
    ('ActivityFormPage', 'places'): 'місць',
    ('ActivityFormPage', 'Signing up closes before the start'): 'Запис закривається до початку',
    ('ActivityFormPage', 'Signing up closes on %1. Choose another day'): 'Запис закривається %1. Виберіть інший день',
    ('ActivityFormPage', 'Signing up closes at'): 'Запис закривається о',
    ('ActivityFormPage', 'Coming counts as wederkerigheid'): 'Зараховується як взаємодопомога',
    ('ActivityFormPage', 'Hours it counts for'): 'Скільки годин зараховується',
    ('ActivityFormPage', 'hours'): 'год',
    ('ActivityFormPage', 'Minutes it counts for'): 'Скільки хвилин зараховується',
    ('ActivityFormPage', 'minutes'): 'хв',
    ('ActivityFormPage', 'Cancel'): 'Скасувати',
    ('ActivityFormPage', 'Cancel, without saving'): 'Скасувати, без збереження',
    ('ActivityFormPage', 'Save change'): 'Зберегти зміну',
    ('ActivityFormPage', 'Plan it'): 'Запланувати',
    ('ActivityFormPage', 'Saves the change to the programme.'): 'Зберігає зміну в програмі.',
    ('ActivityFormPage', 'Puts the activity in the programme.'): 'Додає захід до програми.',
    ('ActivitiesPage', 'Plan an activity'): 'Запланувати захід',
    ('ActivitiesPage', 'Plan the first one'): 'Запланувати перший',
    ('ActivitiesPage', 'Plan the first activity'): 'Запланувати перший захід',
    ('ActivityDetail', 'Change'): 'Змінити',
    ('ActivityDetail', 'Change %1'): 'Змінити %1',
    # calendar export (issue 8)
    ('gw::CalendarExport', 'Cancelled: %1'): 'Скасовано: %1',
    ('gw::CalendarExport', 'This activity is cancelled.'): 'Цей захід скасовано.',
    ('gw::CalendarExport', 'This activity is cancelled: %1'): 'Цей захід скасовано: %1',
    ('gw::CalendarExport', 'You are coming, together with a neighbour.'): 'Ви прийдете разом із сусідом.',
    ('gw::CalendarExport', 'You are coming.'): 'Ви прийдете.',
    ('gw::CalendarExport', '%1 (waiting list, place %2)'): '%1 (список очікування, номер %2)',
    ('gw::CalendarExport', 'You are on the waiting list, place %1. You will hear it when a place comes free.'): 'Ви у списку очікування, номер %1. Вам скажуть, коли звільниться місце.',
    ('gw::CalendarExport', '%1 (not yet confirmed)'): '%1 (ще не підтверджено)',
    ('gw::CalendarExport', 'You signed up. It is confirmed when your phone has synced.'): 'Ви записалися. Це підтвердиться, коли ваш телефон синхронізується.',
    ('gw::CalendarExport', 'Signed off: %1'): 'Ви відписалися: %1',
    ('gw::CalendarExport', 'You signed off from this activity.'): 'Ви відписалися від цього заходу.',
    ('gw::CalendarExport', 'You organise this activity.'): 'Ви організовуєте цей захід.',
    ('gw::CalendarExport', 'Places taken: %1 of %2. Waiting: %3.'): 'Зайнято місць: %1 з %2. В очікуванні: %3.',
    ('gw::CalendarExport', 'Coming: %1.'): 'Прийдуть: %1.',
    ('gw::CalendarExport', 'Counts as %1 of wederkerigheid.'): 'Зараховується як %1 взаємодопомоги.',
    ('gw::CalendarExport', 'In one hour: %1'): 'За годину: %1',
    ('gw::CalendarExport', 'Gangwerk – my activities'): 'Gangwerk – мої заходи',
    ('gw::CalendarExport', 'Gangwerk – programme of %1'): 'Gangwerk – програма %1',
    ('gw::CalendarExport', 'Gangwerk – programme of corridor %1'): 'Gangwerk – програма коридору %1',
    ('gw::CalendarExport', 'The calendar file could not be saved. Check that there is space on this device and try again.'): 'Не вдалося зберегти файл календаря. Перевірте, чи є місце на цьому пристрої, і спробуйте ще раз.',
    ('gw::CalendarExport', 'Saved as %1. There are no activities in it yet.'): 'Збережено як %1. Заходів у ньому ще немає.',
    ('gw::CalendarExport', 'Saved as %1. Open this file to add %n activities to your calendar app.'): ['Збережено як %1. Відкрийте цей файл, щоб додати %n захід до календаря.', 'Збережено як %1. Відкрийте цей файл, щоб додати %n заходи до календаря.', 'Збережено як %1. Відкрийте цей файл, щоб додати %n заходів до календаря.'],
    ('gw::CalendarExport', 'Gangwerk is not set up yet.'): 'Gangwerk ще не налаштовано.',
    ('gw::CalendarExport', 'my activities'): 'мої заходи',
    ('gw::CalendarExport', 'programme'): 'програма',
    ('ActivitiesPage', 'Add to my calendar'): 'Додати до мого календаря',
    ('ActivitiesPage', 'Add my activities to my calendar'): 'Додати мої заходи до мого календаря',
    ('ActivitiesPage', 'Export programme'): 'Експортувати програму',
    ('ActivitiesPage', 'Export the programme as a calendar file'): 'Зберегти програму як файл календаря',
    # attendance over time (issue 8)
    ('AttendanceCard', '%1 of %2'): '%1 з %2',
    ('AttendanceCard', 'Attendance over time'): 'Відвідування за місяцями',
    ('AttendanceCard', 'The bar shows who came; the number, who came of who signed up.'): 'Смуга показує, хто прийшов; число — скільки прийшло з тих, хто записався.',
    ('gw::ActivityAttendanceModel', 'Since %1, %2 of %3 neighbours came to at least one activity.'): 'Від %1 %2 з %3 сусідів прийшли хоча б на один захід.',
    ('gw::ActivityAttendanceModel', 'Nothing took place. Cancelled: %1'): 'Нічого не відбулося. Скасовано: %1',
    ('gw::ActivityAttendanceModel', 'No activities'): 'Немає заходів',
    ('gw::ActivityAttendanceModel', 'Held: %1 · signed up: %2 · came: %3 · different neighbours: %4'): 'Відбулося: %1 · записалися: %2 · прийшли: %3 · різних сусідів: %4',
    # credit disputes (issue 8)
    ('ActivitiesRules', 'This activity does not count as hours.'): 'Цей захід не зараховується як години.',
    ('ActivitiesRules', 'The organiser has not marked who came yet. You can ask after that.'): 'Організатор ще не позначив, хто прийшов. Після цього можна запитати.',
    ('ActivitiesRules', 'You already asked to check these hours. Please wait for the answer.'): 'Ви вже попросили перевірити ці години. Будь ласка, зачекайте на відповідь.',
    ('ActivitiesRules', 'Write in a few words what is not right.'): 'Напишіть кількома словами, що не так.',
    ('ActivitiesRules', 'Your reason can be at most %1 characters.'): 'Причина може мати щонайбільше %1 символів.',
    ('ActivitiesRules', 'This question does not exist (any more).'): 'Цього запитання (вже) немає.',
    ('ActivitiesRules', 'Someone has already answered this question.'): 'Хтось уже відповів на це запитання.',
    ('ActivitiesRules', 'This is your own question. Another organiser or the beheerder answers it.'): 'Це ваше власне запитання. На нього відповідає інший організатор або beheerder.',
    ('ActivitiesRules', 'Write a short answer, so that your neighbour knows why.'): 'Напишіть коротку відповідь, щоб сусід знав чому.',
    ('ActivitiesRules', 'Your answer can be at most %1 characters.'): 'Відповідь може мати щонайбільше %1 символів.',
    ('Permissions', 'You can only ask about your own hours.'): 'Ви можете питати лише про свої години.',
    ('Permissions', 'Only the organisers or the beheerder can answer a question about hours.'): 'Лише організатори або beheerder можуть відповісти на запитання про години.',
    ('MutationKinds', 'Your question about your hours'): 'Ваше запитання про ваші години',
    ('MutationKinds', 'Your answer to a question about hours'): 'Ваша відповідь на запитання про години',
    ('gw::ActivitiesService', 'You asked the organiser to check this'): 'Ви попросили організатора перевірити це',
    ('gw::ActivitiesService', 'Checked: changed to %1'): 'Перевірено: змінено на %1',
    ('gw::ActivitiesService', 'Checked: stays — %1'): 'Перевірено: залишається — %1',
    ('gw::ActivitiesService', 'Not marked as present'): 'Не позначено як присутнього',
    ('gw::ActivitiesService', 'Got %1'): 'Отримав(ла) %1',
    ('HistoryPage', 'Not right?'): 'Не так?',
    ('HistoryPage', 'Not right? Ask the organiser to check: %1'): 'Не так? Попросіть організатора перевірити: %1',
    ('HistoryPage', 'Ask to check your hours'): 'Попросити перевірити години',
    ('HistoryPage', 'How many minutes are right?'): 'Скільки хвилин правильно?',
    ('HistoryPage', 'Minutes that are right'): 'Правильні хвилини',
    ('HistoryPage', 'Why? For example: I stayed to clean up.'): 'Чому? Наприклад: я залишився(лася) прибрати.',
    ('HistoryPage', 'Why is it not right?'): 'Чому це не так?',
    ('HistoryPage', 'Cancel'): 'Скасувати',
    ('HistoryPage', 'Send'): 'Надіслати',
    ('HistoryPage', 'Send the question to the organiser'): 'Надіслати запитання організатору',
    ('HistoryPage', 'Sent. The organiser will check it.'): 'Надіслано. Організатор перевірить.',
    ('ActivityDetail', 'Questions about hours'): 'Запитання про години',
    ('ActivityDetail', '%1 asks for %2 (%3)'): '%1 просить %2 (%3)',
    ('ActivityDetail', 'Accept'): 'Прийняти',
    ('ActivityDetail', 'Accept: give %1 %2'): 'Прийняти: дати %1 %2',
    ('ActivityDetail', 'Accepted. %1 gets %2.'): 'Прийнято. %1 отримає %2.',
    ('ActivityDetail', 'Decline'): 'Відхилити',
    ('ActivityDetail', 'Decline the question of %1'): 'Відхилити запитання від %1',
    ('ActivityDetail', 'The hours stay as they are'): 'Години залишаються як є',
    ('ActivityDetail', 'Tell %1 why.'): 'Поясніть %1 чому.',
    ('ActivityDetail', 'For example: you left at 19:00.'): 'Наприклад: ви пішли о 19:00.',
    ('ActivityDetail', 'Your answer to %1'): 'Ваша відповідь для %1',
    ('ActivityDetail', 'Send answer'): 'Надіслати відповідь',
    ('ActivityDetail', 'Send your answer to %1'): 'Надіслати відповідь для %1',
    ('ActivityDetail', 'Sent. %1 will see your answer.'): 'Надіслано. %1 побачить вашу відповідь.',

    # repeating in the form (issue 8)
    ('gw::ActivityForm', 'Only this date changes. The series stays: %1.'): 'Змінюється лише ця дата. Серія лишається: %1.',
    ('gw::ActivityForm', '%1 – %n dates from this one'): ['%1 – %n дата від цієї', '%1 – %n дати від цієї', '%1 – %n дат від цієї'],
    ('gw::ActivityForm', '%1 – %n dates'): ['%1 – %n дата', '%1 – %n дати', '%1 – %n дат'],
    ('gw::ActivityForm', 'Changed: %1, this date and the later dates.'): 'Змінено: %1, ця дата й пізніші дати.',
    ('gw::ActivityForm', 'Planned: %1, %n dates. They are in the programme now.'): ['Заплановано: %1, %n дата. Вона вже в програмі.', 'Заплановано: %1, %n дати. Вони вже в програмі.', 'Заплановано: %1, %n дат. Вони вже в програмі.'],
    ('ActivityFormPage', 'Which dates do you change?'): 'Які дати ви змінюєте?',
    ('ActivityFormPage', 'Only this date'): 'Лише ця дата',
    ('ActivityFormPage', 'This date and all later dates'): 'Ця дата й усі пізніші дати',
    ('ActivityFormPage', 'Repeats'): 'Повторення',
    ('ActivityFormPage', 'Does not repeat'): 'Не повторюється',
    ('ActivityFormPage', 'Every week'): 'Щотижня',
    ('ActivityFormPage', 'Every other week'): 'Раз на два тижні',
    ('ActivityFormPage', 'Every month (same week)'): 'Щомісяця (той самий тиждень)',
    ('ActivityFormPage', 'Repeats: %1'): 'Повторення: %1',
    ('ActivityFormPage', 'Last day'): 'Останній день',
    ('ActivityFormPage', 'Last day: %1. Choose another day'): 'Останній день: %1. Виберіть інший день',
    ('ActivityFormPage', 'A planned activity stays one date. To repeat it, plan a new series.'): 'Запланований захід лишається однією датою. Щоб повторювати його, заплануйте нову серію.',
}
