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
    ("AppShell", "More"): "Більше",
    ("AppShell", "Opens a list of the other screens"): "Відкриває список інших екранів",
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
    # An amount of time (core formatMinutes): the word takes the number's form.
    ("HoursRules", "%n h"): ["%n год", "%n год", "%n год"],
    ("HoursRules", "%n min"): ["%n хв", "%n хв", "%n хв"],
    ("HoursRules", "%1 %2"): "%1 %2",
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
    ("Permissions", "You cannot take this request."): "Ви не можете взяти це прохання.",
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
    ('ResidentPage', 'Hours of %1 in the last 12 months'): 'Години %1 за останні 12 місяців',
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
    # added: AppShell
    ("AppShell", "Help"): "Допомога",
    ("AppShell", "Signals"): "Звернення",
    # added: EmergencyGate
    ("EmergencyGate", "Danger now? Someone hurt, fire, violence? Call 112 first."):
        "Небезпека просто зараз? Хтось поранений, пожежа, насильство? Спершу телефонуйте 112.",
    ("EmergencyGate", "Call 112"): "Зателефонувати 112",
    ("EmergencyGate", "Call 112, the emergency number"): "Зателефонувати 112, номер екстреної допомоги",
    ("EmergencyGate", "Call %1 (day and night)"): "Зателефонувати %1 (цілодобово)",
    ("EmergencyGate", "The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3."):
        "Офіс зараз зачинено (години роботи: %1). Соціальний менеджер прочитає ваше звернення, коли офіс відкриється: %2. Це терміново? Телефонуйте %3.",
    # added: HelpBoardPage
    ("HelpBoardPage", "Help each other"): "Допомагаємо одне одному",
    ("HelpBoardPage", "Small help between neighbours: groceries, a chat, a form."):
        "Невелика допомога між сусідами: покупки, розмова, анкета.",
    ("HelpBoardPage", "Ask or offer help"): "Попросити або запропонувати допомогу",
    ("HelpBoardPage", "Which requests and offers"): "Які прохання й пропозиції",
    ("HelpBoardPage", "For me"): "Для мене",
    ("HelpBoardPage", "Mine"): "Мої",
    ("HelpBoardPage", "I help"): "Я допомагаю",
    ("HelpBoardPage", "Overview"): "Огляд",
    ("HelpBoardPage", "You have not asked or offered anything yet. Neighbours like to help: ask for what you need."):
        "Ви ще нічого не просили і не пропонували. Сусіди охоче допомагають: попросіть те, що вам потрібно.",
    ("HelpBoardPage", "You do not help with anything yet. Look under \"For me\"."):
        "Ви ще ні з чим не допомагаєте. Погляньте в розділі «Для мене».",
    ("HelpBoardPage", "No open requests. Nothing waits for you."):
        "Немає відкритих прохань. На вас нічого не чекає.",
    ("HelpBoardPage", "Nobody asks or offers anything right now."):
        "Зараз ніхто нічого не просить і не пропонує.",
    # added: KnockOutcome
    ("KnockOutcome", "I spoke to them"): "Розмова відбулася",
    ("KnockOutcome", "Nobody answered"): "Ніхто не відчинив",
    ("KnockOutcome", "They asked for the beheerder"): "Людина хоче поговорити із соціальним менеджером",
    # added: KnockTasksCard
    ("KnockTasksCard", "Knock on a door"): "Постукати в двері",
    ("KnockTasksCard", "Asked by %1. How did it go?"): "Прохання від %1. Як усе пройшло?",
    ("KnockTasksCard", "Thank you. The beheerder sees how it went."):
        "Дякуємо. Соціальний менеджер побачить, як усе пройшло.",
    # added: MutationKinds
    ("MutationKinds", "A request or offer you posted"): "Ваше прохання чи пропозиція",
    ("MutationKinds", "Help you took"): "Допомога, яку ви взяли",
    ("MutationKinds", "Your offer to stand in"): "Ваша пропозиція підмінити",
    ("MutationKinds", "Help you gave back"): "Допомога, яку ви повернули",
    ("MutationKinds", "A request or offer you withdrew"): "Прохання чи пропозиція, які ви відкликали",
    ("MutationKinds", "A request or offer you put up again"):
        "Прохання чи пропозиція, які ви розмістили знову",
    ("MutationKinds", "Help you reported as done"): "Допомога, про яку ви повідомили, що її надано",
    ("MutationKinds", "Help you confirmed"): "Допомога, яку ви підтвердили",
    ("MutationKinds", "Your question about help"): "Ваше запитання про допомогу",
    ("MutationKinds", "Your decision about help"): "Ваше рішення щодо допомоги",
    ("MutationKinds", "A post you hid"): "Допис, який ви приховали",
    ("MutationKinds", "A helper you suggested"): "Людина, яку ви запропонували на допомогу",
    ("MutationKinds", "Your message"): "Ваше повідомлення",
    ("MutationKinds", "Talents you changed"): "Таланти, які ви змінили",
    ("MutationKinds", "Your signal to the beheerder"): "Ваше звернення до соціального менеджера",
    ("MutationKinds", "What you added to a signal"): "Що ви додали до звернення",
    ("MutationKinds", "A signal you opened again"): "Звернення, яке ви відкрили знову",
    ("MutationKinds", "A signal you started on"): "Звернення, яким ви почали займатися",
    ("MutationKinds", "Your answer to a signal"): "Ваша відповідь на звернення",
    ("MutationKinds", "A signal you closed"): "Звернення, яке ви закрили",
    ("MutationKinds", "Signals you put together"): "Звернення, які ви об’єднали",
    ("MutationKinds", "Your note on a signal"): "Ваша нотатка до звернення",
    ("MutationKinds", "A knock on the door you asked for"): "Ваше прохання постукати в двері",
    ("MutationKinds", "How your knock on the door went"): "Як усе пройшло, коли ви постукали в двері",
    ("MutationKinds", "A signal you opened"): "Звернення, яке ви відкрили",
    # added: Mutations
    ("Mutations", "This request or offer does not exist (any more)."):
        "Такого прохання чи пропозиції немає (або вже немає).",
    ("Mutations", "This is for another corridor."): "Це для іншого коридору.",
    ("Mutations", "This signal does not exist (any more)."): "Такого звернення немає (або вже немає).",
    ("Mutations", "This task does not exist (any more)."): "Такого завдання немає (або вже немає).",
    # added: Permissions
    ("Permissions", "Only the beheerder can suggest a helper."):
        "Лише соціальний менеджер може запропонувати, хто допоможе.",
    # added: ResidentPage
    ("ResidentPage", "Talents"): "Таланти",
    ("ResidentPage", "What %1 likes to help with. You see who fits when a neighbour asks for help."):
        "З чим %1 охоче допомагає. Так ви бачите, хто підходить, коли сусід просить допомоги.",
    ("ResidentPage", "Save talents"): "Зберегти таланти",
    ("ResidentPage", "Talents saved."): "Таланти збережено.",
    # added: ServiceCard
    ("ServiceCard", "Nobody took this for 2 days"): "Уже 2 дні ніхто цього не взяв",
    # added: ServiceCategory
    ("ServiceCategory", "Groceries"): "Покупки",
    ("ServiceCategory", "A chat, a listening ear"): "Розмова, уміння вислухати",
    ("ServiceCategory", "Computer or phone"): "Комп’ютер або телефон",
    ("ServiceCategory", "Letters and forms"): "Листи й анкети",
    ("ServiceCategory", "A small job"): "Невелика справа",
    ("ServiceCategory", "Language buddy"): "Мовний партнер",
    ("ServiceCategory", "Something else"): "Щось інше",
    ("ServiceCategory", "It is about care or health"): "Це про догляд або здоров’я",
    ("ServiceCategory", "It is about money or a bank card"): "Це про гроші або банківську картку",
    # added: ServiceDetail
    ("ServiceDetail", "Choose a request or offer to see it here."):
        "Виберіть прохання або пропозицію, щоб побачити тут.",
    ("ServiceDetail", "Back to the Help board"): "Назад до дошки допомоги",
    ("ServiceDetail", "For the whole project"): "Для всього проєкту",
    ("ServiceDetail", "For your corridor"): "Для вашого коридору",
    ("ServiceDetail", "The beheerder says: %1"): "Соціальний менеджер каже: %1",
    ("ServiceDetail", "The beheerder thinks you could help with this."):
        "Соціальний менеджер думає, що ви можете з цим допомогти.",
    ("ServiceDetail", "Yes, I would like this"): "Так, я хочу цього",
    ("ServiceDetail", "I will help"): "Я допоможу",
    ("ServiceDetail", "Thank you! You can now send a message."):
        "Дякуємо! Тепер ви можете надіслати повідомлення.",
    ("ServiceDetail", "Stand in if needed"): "Підмінити, якщо треба",
    ("ServiceDetail", "If the helper gives it back, it is yours."):
        "Якщо той, хто допомагає, поверне це, справа перейде до вас.",
    ("ServiceDetail", "You will stand in if needed."): "Ви підміните, якщо буде треба.",
    ("ServiceDetail", "It is done"): "Зроблено",
    ("ServiceDetail", "Give it back"): "Повернути",
    ("ServiceDetail", "Given back. A neighbour can take it now."):
        "Повернуто. Тепер це може взяти хтось із сусідів.",
    ("ServiceDetail", "Put it up again"): "Розмістити знову",
    ("ServiceDetail", "It is on the board again."): "Знову на дошці.",
    ("ServiceDetail", "Withdraw"): "Відкликати",
    ("ServiceDetail", "Withdrawn."): "Відкликано.",
    ("ServiceDetail", "Hide this post"): "Приховати цей допис",
    ("ServiceDetail", "Help on %1: %2"): "Допомога %1: %2",
    ("ServiceDetail", "Yes, I was helped"): "Так, мені допомогли",
    ("ServiceDetail", "Thank you! The helper gets the hours."):
        "Дякуємо! Той, хто допомагав, отримає години.",
    ("ServiceDetail", "Not right?"): "Не так?",
    ("ServiceDetail", "Count the hours"): "Зарахувати години",
    ("ServiceDetail", "No hours"): "Без годин",
    ("ServiceDetail", "Neighbours who are good at this"): "Сусіди, які це добре вміють",
    ("ServiceDetail", "Suggested"): "Запропоновано",
    ("ServiceDetail", "Suggest"): "Запропонувати",
    ("ServiceDetail", "Suggest %1"): "Запропонувати: %1",
    ("ServiceDetail", "%1 will be told."): "%1 отримає повідомлення.",
    ("ServiceDetail", "Messages"): "Повідомлення",
    ("ServiceDetail", "Only you and the other person read these. No need to share your phone number."):
        "Ці повідомлення читаєте лише ви й інша людина. Свій номер телефону давати не потрібно.",
    ("ServiceDetail", "Write a message"): "Напишіть повідомлення",
    ("ServiceDetail", "Message"): "Повідомлення",
    ("ServiceDetail", "Send"): "Надіслати",
    ("ServiceDetail", "Sent."): "Надіслано.",
    ("ServiceDetail", "What happened"): "Що сталося",
    ("ServiceDetail", "You helped. How did it go?"): "Ви допомогли. Як усе пройшло?",
    ("ServiceDetail", "A few words (you may leave this empty)"): "Кілька слів (можна залишити порожнім)",
    ("ServiceDetail", "Report as done"): "Повідомити, що зроблено",
    ("ServiceDetail", "Reported. Your neighbour is asked to confirm."):
        "Повідомлено. Ми попросимо сусіда це підтвердити.",
    ("ServiceDetail", "What is not right? The beheerder will look at it."):
        "Що не так? Соціальний менеджер це перегляне.",
    ("ServiceDetail", "The beheerder will look at it."): "Соціальний менеджер це перегляне.",
    ("ServiceDetail", "Count these hours"): "Зарахувати ці години",
    ("ServiceDetail", "A word for both of them (you may leave this empty)"):
        "Кілька слів для обох (можна залишити порожнім)",
    ("ServiceDetail", "Decided."): "Рішення ухвалено.",
    ("ServiceDetail", "No hours for this help?"): "Не зараховувати години за цю допомогу?",
    ("ServiceDetail", "Why? Both of them read this."): "Чому? Обоє це прочитають.",
    ("ServiceDetail", "Hide this post?"): "Приховати цей допис?",
    ("ServiceDetail", "Why? The person who posted it reads this."):
        "Чому? Це прочитає той, хто його розмістив.",
    ("ServiceDetail", "Hide"): "Приховати",
    ("ServiceDetail", "Hidden."): "Приховано.",
    # added: ServiceFormPage
    ("ServiceFormPage", "Your offer is on the board."): "Ваша пропозиція на дошці.",
    ("ServiceFormPage", "Your request is on the board. A neighbour can take it now."):
        "Ваше прохання на дошці. Тепер його може взяти хтось із сусідів.",
    ("ServiceFormPage", "Offer help"): "Запропонувати допомогу",
    ("ServiceFormPage", "Ask for help"): "Попросити допомоги",
    ("ServiceFormPage", "Neighbours help with small things. It costs you nothing."):
        "Сусіди допомагають із дрібницями. Це нічого вам не коштує.",
    ("ServiceFormPage", "I would like help"): "Мені потрібна допомога",
    ("ServiceFormPage", "I can help"): "Я можу допомогти",
    ("ServiceFormPage", "What kind of help?"): "Яка допомога?",
    ("ServiceFormPage", "Choose…"): "Виберіть…",
    ("ServiceFormPage", "Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you."):
        "Сусіди допомагають із дрібницями. З доглядом, здоров’ям чи грошима вам допоможе соціальний менеджер. Так безпечніше для вас.",
    ("ServiceFormPage", "The beheerder: %1"): "Соціальний менеджер: %1",
    ("ServiceFormPage", "What can you do?"): "Що ви можете зробити?",
    ("ServiceFormPage", "What do you need?"): "Що вам потрібно?",
    ("ServiceFormPage", "For example: I can help with a computer or phone."):
        "Наприклад: я можу допомогти з комп’ютером або телефоном.",
    ("ServiceFormPage", "For example: Who can bring milk and bread on Tuesday?"):
        "Наприклад: хто може принести молоко й хліб у вівторок?",
    ("ServiceFormPage", "When?"): "Коли?",
    ("ServiceFormPage", "Flexible: any time is fine"): "Гнучко: будь-який час підходить",
    ("ServiceFormPage", "Day: %1"): "День: %1",
    ("ServiceFormPage", "from %1:00"): "з %1:00",
    ("ServiceFormPage", "From (hour)"): "З (година)",
    ("ServiceFormPage", "until %1:00"): "до %1:00",
    ("ServiceFormPage", "Until (hour)"): "До (година)",
    ("ServiceFormPage", "Every week, for %1 weeks"): "Щотижня, кількість тижнів: %1",
    ("ServiceFormPage", "About how long?"): "Скільки приблизно часу?",
    ("ServiceFormPage", "About how long? In minutes"): "Скільки приблизно часу? У хвилинах",
    ("ServiceFormPage", "Who sees it?"): "Хто це бачить?",
    ("ServiceFormPage", "My corridor"): "Мій коридор",
    ("ServiceFormPage", "Everyone in the project"): "Усі в проєкті",
    ("ServiceFormPage", "For whom?"): "Для кого?",
    ("ServiceFormPage", "For me"): "Для мене",
    ("ServiceFormPage", "Other neighbours do not see the name. You talk with the helper."):
        "Інші сусіди не бачать імені. З тим, хто допомагає, спілкуєтеся ви.",
    ("ServiceFormPage", "Cancel"): "Скасувати",
    ("ServiceFormPage", "Offer"): "Запропонувати",
    ("ServiceFormPage", "Ask"): "Попросити",
    ("ServiceFormPage", "Put my offer on the board"): "Розмістити мою пропозицію на дошці",
    ("ServiceFormPage", "Put my request on the board"): "Розмістити моє прохання на дошці",
    # added: ServiceNotices
    ("ServiceNotices", "A neighbour will help you"): "Сусід вам допоможе",
    ("ServiceNotices", "A neighbour said yes to your offer"): "Хтось із сусідів прийняв вашу пропозицію",
    ("ServiceNotices", "Open Gangwerk to send a message."): "Відкрийте Gangwerk, щоб надіслати повідомлення.",
    ("ServiceNotices", "Your neighbour helped you"): "Сусід вам допоміг",
    ("ServiceNotices", "Please confirm the help in Gangwerk, so your neighbour gets the hours."):
        "Будь ласка, підтвердьте допомогу в Gangwerk, щоб сусід отримав години.",
    ("ServiceNotices", "Thank you for helping"): "Дякуємо за вашу допомогу",
    ("ServiceNotices", "%1 counted as your hours."): "%1 зараховано до ваших годин.",
    ("ServiceNotices", "Nobody took your request"): "Ніхто не взяв вашого прохання",
    ("ServiceNotices", "Nobody took your offer"): "Ніхто не прийняв вашої пропозиції",
    ("ServiceNotices", "It is no longer on the board. You can put it up again in Gangwerk."):
        "Цього вже немає на дошці. Ви можете розмістити це знову в Gangwerk.",
    ("ServiceNotices", "New message"): "Нове повідомлення",
    ("ServiceNotices", "You have a new message about a request for help."):
        "У вас нове повідомлення щодо прохання про допомогу.",
    ("ServiceNotices", "Can you help?"): "Можете допомогти?",
    ("ServiceNotices", "The beheerder thinks you could help a neighbour. Have a look in Gangwerk."):
        "Соціальний менеджер думає, що ви можете допомогти сусідові. Загляньте в Gangwerk.",
    ("ServiceNotices", "A request waits for help"): "Прохання чекає на допомогу",
    ("ServiceNotices", "Nobody took a request for help for 2 days. Can you find someone?"):
        "Уже 2 дні ніхто не бере прохання про допомогу. Можете когось знайти?",
    # added: ServiceRules
    ("ServiceRules", "Choose what kind of help it is."): "Виберіть, яка це допомога.",
    ("ServiceRules", "Neighbours help with small things. For care, health or money, the beheerder helps you further."):
        "Сусіди допомагають із дрібницями. З доглядом, здоров’ям чи грошима вам допоможе соціальний менеджер.",
    ("ServiceRules", "Write in a few words what it is about."): "Напишіть кількома словами, про що йдеться.",
    ("ServiceRules", "The text is too long. Use at most 1000 characters."):
        "Текст задовгий. Використайте щонайбільше 1000 символів.",
    ("ServiceRules", "Say how long it takes: between 5 minutes and 8 hours."):
        "Вкажіть, скільки це триватиме: від 5 хвилин до 8 годин.",
    ("ServiceRules", "The end of the time must be after its start."): "Кінець має бути пізніше за початок.",
    ("ServiceRules", "This time has passed already. Choose a later time or \"flexible\"."):
        "Цей час уже минув. Виберіть пізніший час або «Гнучко».",
    ("ServiceRules", "Help that repeats needs a first day and time."):
        "Для допомоги, що повторюється, потрібні перший день і час.",
    ("ServiceRules", "Choose the last day it repeats."): "Виберіть останній день повторення.",
    ("ServiceRules", "The last day must be after the first day."): "Останній день має бути після першого.",
    ("ServiceRules", "That is too many times. Choose a last day within a year."):
        "Це забагато разів. Виберіть останній день у межах року.",
    ("ServiceRules", "This is your own post. A neighbour can take it."):
        "Це ваш власний допис. Його може взяти хтось із сусідів.",
    ("ServiceRules", "A neighbour already took this. You can offer to stand in if they give it back."):
        "Це вже взяв хтось із сусідів. Ви можете запропонувати підміну на випадок, якщо справу повернуть.",
    ("ServiceRules", "This was withdrawn. It is not needed any more."):
        "Це відкликали. Допомога більше не потрібна.",
    ("ServiceRules", "This has expired. The person who posted it can put it up again."):
        "Строк цього допису минув. Той, хто його розмістив, може розмістити його знову.",
    ("ServiceRules", "The beheerder took this post away."): "Соціальний менеджер прибрав цей допис.",
    ("ServiceRules", "This help is finished already."): "Ця допомога вже завершена.",
    ("ServiceRules", "Nobody has taken this yet."): "Цього ще ніхто не взяв.",
    ("ServiceRules", "You took this already."): "Ви вже це взяли.",
    ("ServiceRules", "Only the person who took this can give it back."):
        "Повернути це може лише той, хто це взяв.",
    ("ServiceRules", "Only the person who posted this can do that."):
        "Це може зробити лише той, хто це розмістив.",
    ("ServiceRules", "Only a post that nobody took can be put up again."):
        "Знову розмістити можна лише допис, який ніхто не взяв.",
    ("ServiceRules", "Only the helper can say this help is done. Maybe someone else took it over."):
        "Лише той, хто допомагає, може сказати, що допомогу надано. Можливо, цю справу взяв хтось інший.",
    ("ServiceRules", "Choose the day you helped."): "Виберіть день, коли ви допомагали.",
    ("ServiceRules", "That day has not come yet. Report it when you have helped."):
        "Цей день ще не настав. Повідомте, коли допоможете.",
    ("ServiceRules", "That is not one of the agreed days."): "Це не один із домовлених днів.",
    ("ServiceRules", "You reported this help as done already."): "Ви вже повідомили, що цю допомогу надано.",
    ("ServiceRules", "Fill in at least 5 minutes."): "Вкажіть щонайменше 5 хвилин.",
    ("ServiceRules", "That is more than 12 hours. Fill in the time of one day."):
        "Це більше ніж 12 годин. Вкажіть час за один день.",
    ("ServiceRules", "The text is too long. Use at most 500 characters."):
        "Текст задовгий. Використайте щонайбільше 500 символів.",
    ("ServiceRules", "Only the person who was helped can confirm this."):
        "Підтвердити це може лише той, кому допомогли.",
    ("ServiceRules", "This help was not reported."): "Про цю допомогу не повідомляли.",
    ("ServiceRules", "This help is confirmed or decided already."):
        "Цю допомогу вже підтверджено, або щодо неї вже ухвалено рішення.",
    ("ServiceRules", "These hours are counted already. If they are not right, choose \"Not right?\"."):
        "Ці години вже зараховано. Якщо вони неправильні, виберіть «Не так?».",
    ("ServiceRules", "Write in a few words why."): "Напишіть кількома словами чому.",
    ("ServiceRules", "There is nothing to decide about this help."):
        "Щодо цієї допомоги нічого не треба вирішувати.",
    ("ServiceRules", "Only the person who asked and the helper can send messages here."):
        "Надсилати тут повідомлення можуть лише той, хто просив, і той, хто допомагає.",
    ("ServiceRules", "Write a message first."): "Спершу напишіть повідомлення.",
    ("ServiceRules", "The message is too long. Use at most 500 characters."):
        "Повідомлення задовге. Використайте щонайбільше 500 символів.",
    ("ServiceRules", "This conversation is full. Talk in person or ask the beheerder."):
        "У цій розмові більше немає місця. Поговоріть особисто або зверніться до соціального менеджера.",
    ("ServiceRules", "Choose at most 10 talents."): "Виберіть щонайбільше 10 талантів.",
    ("ServiceRules", "Choose talents from the list."): "Виберіть таланти зі списку.",
    # added: SettingsPage
    ("SettingsPage", "Text size"): "Розмір тексту",
    ("SettingsPage", "Normal (100%)"): "Звичайний (100%)",
    ("SettingsPage", "Large (150%)"): "Великий (150%)",
    ("SettingsPage", "Very large (200%)"): "Дуже великий (200%)",
    ("SettingsPage", "Your device also asks for larger text (%1%). Together the text is shown at %2%."):
        "Ваш пристрій теж просить більший текст (%1%). Разом текст показано в розмірі %2%.",
    ("SettingsPage", "Less movement on the screen"): "Менше руху на екрані",
    ("SettingsPage", "Your device already asks for less movement; the app follows it."):
        "Ваш пристрій уже просить менше руху, і застосунок теж так робить.",
    # added: SignalCategory
    ("SignalCategory", "I have not seen someone for days"): "Когось уже кілька днів не видно",
    ("SignalCategory", "Someone keeps to themselves more and more"): "Хтось усе більше тримається осторонь",
    ("SignalCategory", "Someone does not take care of themselves"): "Хтось погано дбає про себе",
    ("SignalCategory", "I am worried about someone's health"): "Мене турбує чиєсь здоров’я",
    ("SignalCategory", "Nuisance"): "Порушення спокою",
    ("SignalCategory", "The building or safety"): "Будинок або безпека",
    ("SignalCategory", "Something else"): "Щось інше",
    # added: SignalDetail
    ("SignalDetail", "Choose a signal to read it."): "Виберіть звернення, щоб його прочитати.",
    ("SignalDetail", "%1 · %2"): "%1 · %2",
    ("SignalDetail", "Very late"): "Дуже прострочено",
    ("SignalDetail", "Late"): "Прострочено",
    ("SignalDetail", "Sent by: %1%2"): "Від кого: %1%2",
    ("SignalDetail", "(for a neighbour who told them)"): "(від імені сусіда, який про це розповів)",
    ("SignalDetail", "Noticed since %1"): "Помічено з %1",
    ("SignalDetail", "Added later"): "Додано пізніше",
    ("SignalDetail", "Answer from the beheerder"): "Відповідь соціального менеджера",
    ("SignalDetail", "Is it not solved? You can open it again until %1. Say why."):
        "Проблему не вирішено? Ви можете відкрити звернення знову до %1. Напишіть чому.",
    ("SignalDetail", "Do you know more? Add it here."): "Знаєте більше? Додайте це тут.",
    ("SignalDetail", "Why do you open it again?"): "Чому ви відкриваєте його знову?",
    ("SignalDetail", "What do you want to add?"): "Що ви хочете додати?",
    ("SignalDetail", "Open it again"): "Відкрити знову",
    ("SignalDetail", "Add"): "Додати",
    ("SignalDetail", "Opened again."): "Відкрито знову.",
    ("SignalDetail", "Added."): "Додано.",
    ("SignalDetail", "Start on it"): "Почати роботу",
    ("SignalDetail", "You are working on it."): "Ви над цим працюєте.",
    ("SignalDetail", "About the same situation"): "Про ту саму ситуацію",
    ("SignalDetail", "Answer to the person who sent it"): "Відповідь тому, хто надіслав",
    ("SignalDetail", "They read this. Write no care details: those go in a note."):
        "Це прочитає той, хто надіслав. Не пишіть подробиць про догляд: їм місце в нотатці.",
    ("SignalDetail", "Send answer"): "Надіслати відповідь",
    ("SignalDetail", "Answer sent."): "Відповідь надіслано.",
    ("SignalDetail", "How it ended"): "Чим закінчилося",
    ("SignalDetail", "Close with this answer"): "Закрити з цією відповіддю",
    ("SignalDetail", "Closed. The reporter reads your answer."):
        "Закрито. Той, хто надіслав звернення, прочитає вашу відповідь.",
    ("SignalDetail", "Notes (only beheerders read these)"): "Нотатки (їх читають лише соціальні менеджери)",
    ("SignalDetail", "Write a note"): "Напишіть нотатку",
    ("SignalDetail", "Note"): "Нотатка",
    ("SignalDetail", "Save note"): "Зберегти нотатку",
    ("SignalDetail", "Note saved."): "Нотатку збережено.",
    ("SignalDetail", "Knock on the door"): "Постукати в двері",
    ("SignalDetail", "The gangmaker only sees the studio and the day, not this signal or who sent it."):
        "Організатор коридору бачить лише студію й день, але не це звернення і не того, хто його надіслав.",
    ("SignalDetail", "Which gangmaker"): "Який організатор коридору",
    ("SignalDetail", "Studio"): "Студія",
    ("SignalDetail", "Studio to knock on"): "Студія, куди постукати",
    ("SignalDetail", "Ask to knock today"): "Попросити постукати сьогодні",
    ("SignalDetail", "Asked. The gangmaker sees it on their phone."):
        "Прохання надіслано. Організатор коридору побачить його у своєму телефоні.",
    ("SignalDetail", "Put together with"): "Об’єднати з",
    ("SignalDetail", "Put together"): "Об’єднати",
    ("SignalDetail", "Put together. Answers now reach both reporters."):
        "Об’єднано. Тепер відповіді отримають усі, хто надіслав звернення.",
    ("SignalDetail", "Today"): "Сьогодні",
    ("SignalDetail", "It can wait"): "Може зачекати",
    ("SignalDetail", "How soon"): "Наскільки терміново",
    # added: SignalFormPage
    ("SignalFormPage", "Tell the beheerder"): "Розповісти соціальному менеджеру",
    ("SignalFormPage", "Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you."):
        "Хвилюєтеся за сусіда? Це читає лише соціальний менеджер. Сусід не дізнається, що це були ви.",
    ("SignalFormPage", "What worries you?"): "Що вас турбує?",
    ("SignalFormPage", "About whom or where? (you may leave this empty)"):
        "Про кого чи де? (можна залишити порожнім)",
    ("SignalFormPage", "Studio number, for example 2.14"): "Номер студії, наприклад 2.14",
    ("SignalFormPage", "Studio number"): "Номер студії",
    ("SignalFormPage", "Or a place, for example the bicycle shed"):
        "Або місце, наприклад велосипедна стоянка",
    ("SignalFormPage", "Place"): "Місце",
    ("SignalFormPage", "Since when?"): "Відколи?",
    ("SignalFormPage", "I do not know"): "Не знаю",
    ("SignalFormPage", "Today"): "Сьогодні",
    ("SignalFormPage", "A few days"): "Кілька днів",
    ("SignalFormPage", "About a week"): "Приблизно тиждень",
    ("SignalFormPage", "A month or longer"): "Місяць або довше",
    ("SignalFormPage", "How soon should the beheerder react?"):
        "Як швидко має відреагувати соціальний менеджер?",
    ("SignalFormPage", "It can wait"): "Може зачекати",
    ("SignalFormPage", "What did you notice?"): "Що ви помітили?",
    ("SignalFormPage", "For example: I have not seen my neighbour for four days. The post is piling up."):
        "Наприклад: я вже чотири дні не бачу сусіда. Пошта накопичується.",
    ("SignalFormPage", "A neighbour told me this and asked me to pass it on"):
        "Мені це розповів сусід і попросив передати",
    ("SignalFormPage", "Send to the beheerder"): "Надіслати соціальному менеджеру",
    ("SignalFormPage", "Cancel"): "Скасувати",
    # added: SignalNotices
    ("SignalNotices", "A signal for today"): "Звернення на сьогодні",
    ("SignalNotices", "A neighbour asks for a reaction today. Open Gangwerk to read it."):
        "Сусід просить відреагувати сьогодні. Відкрийте Gangwerk, щоб прочитати.",
    ("SignalNotices", "The beheerder answered you"): "Соціальний менеджер вам відповів",
    ("SignalNotices", "Open Gangwerk to read the answer to your signal."):
        "Відкрийте Gangwerk, щоб прочитати відповідь на ваше звернення.",
    ("SignalNotices", "Please knock on a door"): "Чи можете ви постукати в двері?",
    ("SignalNotices", "The beheerder asks you to look in on a neighbour. Open Gangwerk to see where."):
        "Соціальний менеджер просить вас навідатися до сусіда. Відкрийте Gangwerk, щоб побачити куди.",
    # added: SignalOutcome
    ("SignalOutcome", "Checked in person"): "Перевірено особисто",
    ("SignalOutcome", "Referred to care"): "Скеровано до служб догляду",
    ("SignalOutcome", "Nuisance procedure"): "Процедура щодо порушення спокою",
    ("SignalOutcome", "No action needed"): "Нічого не потрібно",
    # added: SignalRow
    ("SignalRow", "Very late"): "Дуже прострочено",
    ("SignalRow", "Late"): "Прострочено",
    ("SignalRow", "%n more about the same situation"):
        ["ще %n звернення щодо тієї самої ситуації",
         "ще %n звернення щодо тієї самої ситуації",
         "ще %n звернень щодо тієї самої ситуації"],
    ("SignalRow", "The beheerder answered"): "Соціальний менеджер відповів",
    ("SignalRow", "Answered"): "Є відповідь",
    # added: SignalRules
    ("SignalRules", "Choose what worries you."): "Виберіть, що вас турбує.",
    ("SignalRules", "Choose if it can wait or if it is for today."):
        "Виберіть, чи це може зачекати, чи це на сьогодні.",
    ("SignalRules", "Write in a few words what you noticed."): "Напишіть кількома словами, що ви помітили.",
    ("SignalRules", "The text is too long. Use at most 2000 characters."):
        "Текст задовгий. Використайте щонайбільше 2000 символів.",
    ("SignalRules", "Use at most 40 characters for the studio or the place."):
        "Для студії чи місця використайте щонайбільше 40 символів.",
    ("SignalRules", "That day has not come yet. Choose today or a day before."):
        "Цей день ще не настав. Виберіть сьогодні або раніший день.",
    ("SignalRules", "This signal has not reached the beheerder yet."):
        "Це звернення ще не дійшло до соціального менеджера.",
    ("SignalRules", "Someone is working on this signal already."): "Цим зверненням уже хтось займається.",
    ("SignalRules", "This signal is closed already. Its reporter can open it again within 14 days."):
        "Це звернення вже закрито. Той, хто його надіслав, може відкрити його знову протягом 14 днів.",
    ("SignalRules", "This signal is handled together with another one. Do this on that signal."):
        "Це звернення опрацьовують разом з іншим. Зробіть це в тому зверненні.",
    ("SignalRules", "This signal is still open."): "Це звернення ще відкрите.",
    ("SignalRules", "It is more than 14 days since this signal was closed. Send a new signal."):
        "Це звернення закрили понад 14 днів тому. Надішліть нове звернення.",
    ("SignalRules", "Choose another signal to put this one with."):
        "Виберіть інше звернення, з яким об’єднати це.",
    ("SignalRules", "The other signal is closed or merged itself. Choose an open one."):
        "Інше звернення закрито або вже об’єднано. Виберіть відкрите.",
    ("SignalRules", "Choose how it ended."): "Виберіть, чим усе закінчилося.",
    ("SignalRules", "Write an answer to the person who sent it."):
        "Напишіть відповідь тому, хто надіслав звернення.",
    ("SignalRules", "Write in a few words why."): "Напишіть кількома словами чому.",
    ("SignalRules", "This signal is full. Call or visit the beheerder."):
        "У цьому зверненні більше немає місця. Зателефонуйте соціальному менеджеру або зустріньтеся особисто.",
    ("SignalRules", "Fill in the studio to knock on."): "Вкажіть студію, куди постукати.",
    ("SignalRules", "Choose today or a day in the coming week."):
        "Виберіть сьогодні або день протягом наступного тижня.",
    ("SignalRules", "Only a gangmaker can be asked to knock on a door."):
        "Постукати в двері можна попросити лише організатора коридору.",
    ("SignalRules", "How this went is written down already."): "Як усе пройшло, уже записано.",
    ("SignalRules", "Choose how it went."): "Виберіть, як усе пройшло.",
    ("SignalRules", "Today"): "Сьогодні",
    ("SignalRules", "It can wait"): "Може зачекати",
    ("SignalRules", "Not sent yet. It goes to the beheerder as soon as you have internet."):
        "Ще не надіслано. Звернення піде до соціального менеджера, щойно у вас з’явиться інтернет.",
    ("SignalRules", "The beheerder has your signal and will read it."):
        "Соціальний менеджер отримав ваше звернення і прочитає його.",
    ("SignalRules", "The beheerder is working on it."): "Соціальний менеджер над цим працює.",
    ("SignalRules", "Closed. Thank you for paying attention."): "Закрито. Дякуємо за вашу уважність.",
    ("SignalRules", "You opened it again. The beheerder will look at it again."):
        "Ви відкрили його знову. Соціальний менеджер перегляне його ще раз.",
    # added: SignalState
    ("SignalState", "Not sent yet"): "Ще не надіслано",
    ("SignalState", "New"): "Нове",
    ("SignalState", "In progress"): "В роботі",
    ("SignalState", "Closed"): "Закрите",
    ("SignalState", "Merged"): "Об’єднане",
    ("SignalState", "Reopened"): "Відкрите знову",
    # added: SignalsPage
    ("SignalsPage", "Signals"): "Звернення",
    ("SignalsPage", "Worried about a neighbour?"): "Хвилюєтеся за сусіда?",
    ("SignalsPage", "Waiting too long: %1"): "Чекають задовго: %1",
    ("SignalsPage", "Nothing is late."): "Нічого не прострочено.",
    ("SignalsPage", "Tell the beheerder. Only the beheerder reads it."):
        "Розкажіть соціальному менеджеру. Це читає лише соціальний менеджер.",
    ("SignalsPage", "Tell the beheerder"): "Розповісти соціальному менеджеру",
    ("SignalsPage", "Open"): "Відкриті",
    ("SignalsPage", "Closed"): "Закриті",
    ("SignalsPage", "All"): "Усі",
    ("SignalsPage", "Which signals"): "Які звернення",
    ("SignalsPage", "Every corridor"): "Усі коридори",
    ("SignalsPage", "Corridor"): "Коридор",
    ("SignalsPage", "Every kind"): "Усі види",
    ("SignalsPage", "What it is about"): "Про що йдеться",
    ("SignalsPage", "Your signals"): "Ваші звернення",
    ("SignalsPage", "No signals here."): "Тут немає звернень.",
    ("SignalsPage", "You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder."):
        "Ви ще не надсилали звернень. Якщо ви хвилюєтеся за сусіда, завжди можете розповісти соціальному менеджеру.",
    ("SignalsPage", "Thank you. Your signal is saved and goes to the beheerder."):
        "Дякуємо. Ваше звернення збережено, і воно надійде до соціального менеджера.",
    # added: Store
    ("Store", "The data file is busy. Nothing was changed; try again."):
        "Файл даних зараз зайнятий. Нічого не змінено. Спробуйте ще раз.",
    # added: SyncStatusLine
    ("SyncStatusLine", "Sync progress"): "Хід синхронізації",
    # added: TextAskDialog
    ("TextAskDialog", "Send"): "Надіслати",
    ("TextAskDialog", "How long did it take? In minutes"): "Скільки часу це зайняло? У хвилинах",
    ("TextAskDialog", "Minutes"): "Хвилини",
    ("TextAskDialog", "Back"): "Назад",
    ("TextAskDialog", "Which day?"): "Який день?",
    # added: gw::MemberContext
    ("gw::MemberContext", "Gangwerk is not set up yet."): "Gangwerk ще не налаштовано.",
    ("gw::MemberContext", "This could not be saved. Nothing was changed. Please try again."):
        "Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.",
    # added: gw::ServicesService
    ("gw::ServicesService", "Waiting for confirmation"): "Чекає на підтвердження",
    ("gw::ServicesService", "Waiting for the beheerder"): "Чекає на соціального менеджера",
    ("gw::ServicesService", "Counted as hours"): "Зараховано як години",
    ("gw::ServicesService", "Not right: the beheerder looks at it"): "Не так: соціальний менеджер перевіряє",
    ("gw::ServicesService", "No hours"): "Без годин",
    ("gw::ServicesService", "Gangwerk is not set up yet."): "Gangwerk ще не налаштовано.",
    ("gw::ServicesService", "This could not be saved. Nothing was changed. Please try again."):
        "Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.",
    ("gw::ServicesService", "A neighbour"): "Сусід",
    ("gw::ServicesService", "Choose a day, or \"flexible\"."): "Виберіть день або «Гнучко».",
    ("gw::ServicesService", "For a neighbour, asked by %1"): "Для сусіда, на прохання %1",
    ("gw::ServicesService", "For %1, asked by %2"): "Для %1, на прохання %2",
    ("gw::ServicesService", "Open: nobody helps yet"): "Відкрито: ще ніхто не допомагає",
    ("gw::ServicesService", "Open"): "Відкрито",
    ("gw::ServicesService", "You help"): "Ви допомагаєте",
    ("gw::ServicesService", "You said yes to this offer"): "Ви прийняли цю пропозицію",
    ("gw::ServicesService", "%1 helps"): "%1 допомагає",
    ("gw::ServicesService", "%1 said yes to your offer"): "%1 прийняв(-ла) вашу пропозицію",
    ("gw::ServicesService", "Taken by a neighbour"): "Узяв хтось із сусідів",
    ("gw::ServicesService", "Done"): "Зроблено",
    ("gw::ServicesService", "Withdrawn"): "Відкликано",
    ("gw::ServicesService", "Hidden by the beheerder"): "Приховано соціальним менеджером",
    ("gw::ServicesService", "Expired"): "Строк минув",
    ("gw::ServicesService", "Please confirm the help"): "Будь ласка, підтвердьте допомогу",
    ("gw::ServicesService", "Waiting for your decision"): "Чекає на ваше рішення",
    ("gw::ServicesService", "Flexible"): "Гнучко",
    ("gw::ServicesService", "Asks for help"): "Просить допомоги",
    ("gw::ServicesService", "Offers help"): "Пропонує допомогу",
    ("gw::ServicesService", "About %1"): "Приблизно %1",
    ("gw::ServicesService", "Posted"): "Розміщено",
    ("gw::ServicesService", "%1 took it"): "%1 взяв(-ла) це",
    ("gw::ServicesService", "A neighbour took it"): "Це взяв хтось із сусідів",
    ("gw::ServicesService", "Reported done: %1"): "Повідомлено про виконання: %1",
    ("gw::ServicesService", "Decided: no hours"): "Рішення: без годин",
    ("gw::ServicesService", "Confirmed: %1"): "Підтверджено: %1",
    ("gw::ServicesService", "You"): "Ви",
    ("gw::ServicesService", "Not sent yet"): "Ще не надіслано",
    # added: gw::SignalsService
    ("gw::SignalsService", "You"): "Ви",
    ("gw::SignalsService", "A neighbour"): "Сусід",
    ("gw::SignalsService", "%1, %2–%3"): "%1, %2–%3",
    ("gw::SignalsService", "Studio %1"): "Студія %1",
    ("gw::SignalsService", "Studio %1, %2"): "Студія %1, %2",
    ("gw::SignalsService", "Answer before %1"): "Відповісти до %1",
    ("gw::SignalsService", "The reporter"): "Той, хто надіслав",
    ("gw::SignalsService", "Not sent yet"): "Ще не надіслано",
    ("gw::SignalsService", "Forgotten: it was closed long ago"): "Забуто: звернення давно закрили",
    ("gw::SignalsService", "Forgotten"): "Забуто",
    ("gw::SignalsService", "Handled together with: %1, %2"): "Опрацьовується разом із: %1, %2",
    ("gw::SignalsService", "%1 knocks on studio %2 on %3"): "%1 стукає в двері студії %2 (%3)",
    ("gw::SignalsService", "Not done yet"): "Ще не зроблено",
    ("gw::SignalsService", "today"): "сьогодні",
    ("gw::SignalsService", "Please knock on studio %1 %2 and see how they are."):
        "Будь ласка, постукайте в двері студії %1 (%2) і дізнайтеся, чи все гаразд.",
    # added: gw::sync::SyncEngine
    ("gw::sync::SyncEngine", "The server is busy right now. Nothing was changed; try again in a minute."):
        "Сервер зараз дуже зайнятий. Нічого не змінено. Спробуйте ще раз за хвилину.",
    ("gw::sync::SyncEngine", "The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment."):
        "Сервер зараз дуже зайнятий. Ваші зміни в безпеці на цьому пристрої. Gangwerk незабаром спробує ще раз.",
    # added: gw::sync::SyncStatus
    ("gw::sync::SyncStatus", "Bringing your project's data to this device: %1 of %2 (%3%)"):
        "Завантажуємо дані вашого проєкту на цей пристрій: %1 з %2 (%3%)",
    ("ServiceDetail", "Help"): "Допомога",
    ("SignalDetail", "Signals"): "Звернення",
    ("SignalDetail", "Back to the signals"): "Назад до звернень",
}
