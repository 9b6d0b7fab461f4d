"""Arabic (Modern Standard Arabic) at B1 level: short sentences, warm, never shaming.
"You" is the common masculine singular of app texts (written forms like "سجّلت" fit everyone).
Domain words: beheerder = "المشرف الاجتماعي", gangmaker = "منظّم الممر",
wederkerigheid = "المساعدة المتبادلة", gang = "الممر", entry = "التسجيل".
Plural sources map to six forms, in Qt's order: n==0, n==1, n==2, n%100 in 3..10,
n%100 in 11..99, other (100, 101, 102, ...)."""

TABLE = {
    # navigation and window
    ("AppShell", "Home"): "الرئيسية",
    ("AppShell", "Log hours"): "تسجيل الساعات",
    ("AppShell", "History"): "ساعاتي",
    ("AppShell", "More"): "المزيد",
    ("AppShell", "Opens a list of the other screens"): "يفتح قائمة بالشاشات الأخرى",
    ("AppShell", "Settings"): "الإعدادات",
    ("AppShell", "Gangwerk"): "Gangwerk",
    ("AppShell", "Residents"): "السكان",
    ("AppShell", "Demo: the data here is made up."): "تجربة: البيانات هنا غير حقيقية.",
    ("Main", "Gangwerk"): "Gangwerk",
    ("Main", "Opening your data…"): "جارٍ فتح بياناتك…",
    ("Main", "Gangwerk keeps your hours safe and encrypted on this device."):
        "يحفظ Gangwerk ساعاتك بأمان، ومشفّرة، على هذا الجهاز.",
    ("Main", "Gangwerk cannot open your data"): "لا يستطيع Gangwerk فتح بياناتك",
    ("Main", "Nothing was changed or deleted. If this keeps happening, ask your beheerder for help."):
        "لم يتغيّر أي شيء ولم يُحذف أي شيء. إذا تكرّر هذا، اطلب المساعدة من المشرف الاجتماعي.",
    # categories
    ("Category", "Neighbour service"): "خدمة للجيران",
    ("Category", "Activity"): "نشاط",
    ("Category", "Committee"): "لجنة",
    ("Category", "Garden and building"): "الحديقة والمبنى",
    ("Category", "Language and lessons"): "اللغة والدروس",
    ("Category", "Other"): "أخرى",
    # history
    ("HistoryPage", "Your hours"): "ساعاتي",
    ("HistoryPage", "Everything you logged. Changes stay visible, so it is always clear what happened."):
        "كل ما سجّلته. التعديلات تبقى ظاهرة، حتى يكون واضحًا دائمًا ما حدث.",
    ("HistoryPage", "No hours logged yet. When you log hours, you will see them here."):
        "لم تسجّل أي ساعات بعد. عندما تسجّل ساعات، ستراها هنا.",
    ("HistoryPage", "%1, %2, %3"): "%1، %2، %3",
    ("HistoryPage", "corrected"): "معدَّل",
    ("HistoryPage", "Change or remove: %1"): "تعديل أو حذف: %1",
    ("HistoryPage", "The last 12 months"): "آخر 12 شهرًا",
    ("HistoryPage", "Change"): "تعديل",
    ("HistoryPage", "Change this entry"): "تعديل هذا التسجيل",
    ("HistoryPage", "Remove"): "حذف",
    ("HistoryPage", "Remove this entry"): "حذف هذا التسجيل",
    ("HistoryPage", "Remove this entry?"): "هل تريد حذف هذا التسجيل؟",
    ("HistoryPage", "The hours no longer count. The entry stays in your history, crossed out."):
        "لن تُحسب هذه الساعات بعد الآن. يبقى التسجيل في سجلّك، وعليه خط.",
    ("HistoryPage", "Keep it"): "أبقِه",
    ("HistoryPage", "Removed. The entry stays in your history, crossed out."):
        "تم الحذف. يبقى التسجيل في سجلّك، وعليه خط.",
    ("HistoryPage", "not sent yet"): "لم يُرسَل بعد",
    ("HistoryPage", "Stored on this device, not sent to your project yet"):
        "محفوظ على هذا الجهاز، ولم يُرسَل إلى مشروعك بعد",
    ("HistoryPage", "Not accepted by your project."): "لم يقبله مشروعك.",
    # home
    ("HomePage", "Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it."):
        "ساعاتك متوقفة مؤقتًا حتى %1. اعتنِ بنفسك جيدًا. وإذا ساعدت أحدًا، يمكنك أن تسجّل ذلك.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this month."):
        "لقد نجحت! شكرًا لك على كل ما فعلته لجيرانك هذا الشهر.",
    ("HomePage", "You did it! Thank you for everything you did for your neighbours this week."):
        "لقد نجحت! شكرًا لك على كل ما فعلته لجيرانك هذا الأسبوع.",
    ("HomePage", "Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يومان. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n أيام. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يومًا. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب."],
    ("HomePage", "Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts."):
        ["لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يومان. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n أيام. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يومًا. حتى العمل الصغير لجارك يُحسب.",
         "لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب."],
    ("HomePage", "Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps."):
        ["أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد.",
         "أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد.",
         "أحسنت حتى الآن! بقي %1، وأمامك %n يومان. كل ساعة تساعد.",
         "أحسنت حتى الآن! بقي %1، وأمامك %n أيام. كل ساعة تساعد.",
         "أحسنت حتى الآن! بقي %1، وأمامك %n يومًا. كل ساعة تساعد.",
         "أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد."],
    ("HomePage", "Hi %1!"): "مرحبًا يا %1!",
    ("HomePage", "Hi!"): "مرحبًا!",
    ("HomePage", "%1 · asked: %2"): "%1 · المطلوب: %2",
    ("HomePage", "This month: %1"): "هذا الشهر: %1",
    ("HomePage", "This week: %1"): "هذا الأسبوع: %1",
    ("HomePage", "paused"): "متوقف مؤقتًا",
    ("HomePage", "of %1"): "من %1",
    ("HomePage", "Your progress"): "تقدّمك",
    ("HomePage", "%1 of %2 done"): "أنجزت %1 من %2",
    ("HomePage", "Done"): "المُنجَز",
    ("HomePage", "Still to go"): "المتبقّي",
    ("HomePage", "Days left"): "الأيام المتبقّية",
    ("HomePage", "Next step"): "الخطوة التالية",
    ("HomePage", "Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back."):
        ["هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى.",
         "هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى.",
         "هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يومان كحدّ أقصى.",
         "هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n أيام كحدّ أقصى.",
         "هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يومًا كحدّ أقصى.",
         "هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى."],
    ("HomePage", "You look after %1"): "أنت ترعى %1",
    ("HomePage", "The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours."):
        "الساعات مطلوبة من السكان. في صفحة «السكان» ترى وضع كل شخص، ويمكنك أن توقف ساعات أحدهم مؤقتًا.",
    ("HomePage", "Residents"): "السكان",
    ("HomePage", "Opens the overview of all residents' hours."): "يفتح ملخّص ساعات جميع السكان.",
    ("HomePage", "Log hours"): "سجّل الساعات",
    ("HomePage", "Opens the form to log the hours you gave."): "يفتح النموذج لتسجيل الساعات التي قدّمتها.",
    ("HomePage", "The last 12 months"): "آخر 12 شهرًا",
    ("HomePage", "All hours"): "كل الساعات",
    ("HomePage", "Show all your hours"): "اعرض كل ساعاتك",
    ("HomePage", "%1 · your hours are paused"): "%1 · ساعاتك متوقفة مؤقتًا",
    ("HomePage", "Paused until"): "متوقف حتى",
    ("HomePage", "%1 done. Your hours are paused until %2."): "أنجزت %1. ساعاتك متوقفة مؤقتًا حتى %2.",
    # rules (core)
    # An amount of time (core formatMinutes): the word takes the number's form.
    ("HoursRules", "%n h"): ["%n ساعة", "%n ساعة", "%n ساعتان", "%n ساعات", "%n ساعة", "%n ساعة"],
    ("HoursRules", "%n min"): ["%n دقيقة", "%n دقيقة", "%n دقيقتان", "%n دقائق", "%n دقيقة", "%n دقيقة"],
    ("HoursRules", "%1 %2"): "%1 و%2",
    ("HoursRules", "Choose the day you helped."): "اختر اليوم الذي ساعدت فيه.",
    ("HoursRules", "This day is in the future. Log hours after you did them."):
        "هذا اليوم لم يأتِ بعد. سجّل الساعات بعد أن تقوم بها.",
    ("HoursRules", "This day is more than %n days ago. Ask your beheerder to add it."):
        ["مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.",
         "مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.",
         "مضى على هذا اليوم أكثر من %n يومين. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.",
         "مضى على هذا اليوم أكثر من %n أيام. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.",
         "مضى على هذا اليوم أكثر من %n يومًا. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.",
         "مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات."],
    ("HoursRules", "A day can have at most %1 hours in total."):
        "لا يمكن أن يزيد مجموع اليوم الواحد عن %1 ساعة.",
    ("HoursRules", "Log at least %n minutes."):
        ["سجّل %n دقيقة على الأقل.",
         "سجّل %n دقيقة على الأقل.",
         "سجّل %n دقيقتين على الأقل.",
         "سجّل %n دقائق على الأقل.",
         "سجّل %n دقيقة على الأقل.",
         "سجّل %n دقيقة على الأقل."],
    ("HoursRules", "A day can have at most %1 hours in total. You can add %2 more on this day."):
        "لا يمكن أن يزيد مجموع اليوم الواحد عن %1 ساعة. ما زال يمكنك أن تضيف %2 في هذا اليوم.",
    ("HoursRules", "One entry can be at most %n hours. Split a longer day into parts."):
        ["التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.",
         "التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.",
         "التسجيل الواحد لا يزيد عن %n ساعتين. قسّم اليوم الطويل إلى أجزاء.",
         "التسجيل الواحد لا يزيد عن %n ساعات. قسّم اليوم الطويل إلى أجزاء.",
         "التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.",
         "التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء."],
    ("HoursRules", "Choose what kind of help it was."): "اختر نوع المساعدة.",
    ("HoursRules", "The note is too long. Use at most %n characters."):
        ["الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر.",
         "الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر.",
         "الملاحظة طويلة جدًا. استخدم %n حرفين على الأكثر.",
         "الملاحظة طويلة جدًا. استخدم %n أحرف على الأكثر.",
         "الملاحظة طويلة جدًا. استخدم %n حرفًا على الأكثر.",
         "الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر."],
    ("HoursRules", "This entry does not exist (any more)."): "هذا التسجيل غير موجود (أو لم يعد موجودًا).",
    ("HoursRules", "You can only change your own hours."): "يمكنك أن تعدّل ساعاتك أنت فقط.",
    ("HoursRules", "This entry was removed. Log the hours again instead."):
        "هذا التسجيل محذوف. سجّل الساعات من جديد بدلًا من ذلك.",
    ("HoursRules", "This entry was already changed. Change the newest version instead."):
        "هذا التسجيل عُدِّل من قبل. عدّل النسخة الأحدث بدلًا منه.",
    ("HoursRules", "This entry is too long ago to change. Ask your beheerder to change it."):
        "هذا التسجيل قديم جدًا ولا يمكن تعديله. اطلب من المشرف الاجتماعي أن يعدّله.",
    ("HoursRules", "This removal does not match the entry it removes. Nothing was changed."):
        "هذا الحذف لا يطابق التسجيل الذي يحذفه. لم يتغيّر شيء.",
    # log form
    ("LogHoursPage", "Change an entry"): "تعديل تسجيل",
    ("LogHoursPage", "Log hours"): "تسجيل الساعات",
    ("LogHoursPage", "Your old entry stays in your history, crossed out, so everything stays clear."):
        "يبقى تسجيلك القديم في سجلّك وعليه خط، حتى يبقى كل شيء واضحًا.",
    ("LogHoursPage", "Thank you for helping! Fill in what you did."):
        "شكرًا لأنك ساعدت! اكتب ما فعلته.",
    ("LogHoursPage", "Which day?"): "أي يوم؟",
    ("LogHoursPage", "Day"): "اليوم",
    ("LogHoursPage", "How long?"): "كم من الوقت؟",
    ("LogHoursPage", "Hours"): "الساعات",
    ("LogHoursPage", "hours"): "ساعة",
    ("LogHoursPage", "Minutes"): "الدقائق",
    ("LogHoursPage", "minutes"): "دقيقة",
    ("LogHoursPage", "What kind of help?"): "ما نوع المساعدة؟",
    ("LogHoursPage", "Kind of help"): "نوع المساعدة",
    ("LogHoursPage", "What did you do? (optional)"): "ماذا فعلت؟ (اختياري)",
    ("LogHoursPage", "%1 / %2"): "%1 / %2",
    ("LogHoursPage", "%1 of %2 characters used"): "الأحرف المستخدمة: %1 من %2",
    ("LogHoursPage", "For example: groceries for a neighbour"): "مثلًا: التسوّق لجار",
    ("LogHoursPage", "Note"): "ملاحظة",
    ("LogHoursPage", "Cancel"): "إلغاء",
    ("LogHoursPage", "Save change"): "حفظ التعديل",
    ("LogHoursPage", "Save"): "حفظ",
    ("LogHoursPage", "Stores these hours on this device."): "يحفظ هذه الساعات على هذا الجهاز.",
    # chart
    ("MonthChart", "Your hours in the last 12 months"): "ساعاتك في آخر 12 شهرًا",
    ("MonthChart", "Hours you gave"): "الساعات التي قدّمتها",
    ("MonthChart", "Hours asked by your project"): "الساعات التي يطلبها مشروعك",
    # settings
    ("SettingsPage", "Settings"): "الإعدادات",
    ("SettingsPage", "Language"): "اللغة",
    ("SettingsPage", "About Gangwerk"): "عن Gangwerk",
    ("SettingsPage", "Your hours are stored on this device only, encrypted. They also work without internet."):
        "ساعاتك محفوظة على هذا الجهاز فقط، وهي مشفّرة. والتطبيق يعمل أيضًا بدون إنترنت.",
    ("SettingsPage", "Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet."):
        "ساعاتك محفوظة ومشفّرة على هذا الجهاز، وتُرسَل إلى خادم مشروعك حتى يراها المشرف الاجتماعي. يمكنك تسجيل الساعات أيضًا بدون إنترنت.",
    ("SettingsPage", "You are looking at the demo project. The people and hours in it are made up."):
        "أنت تشاهد المشروع التجريبي. الأشخاص والساعات فيه غير حقيقية.",
    ("SettingsPage", "Version %1"): "الإصدار %1",
    # store (core)
    ("Store", "The key for your data is missing or unusable."):
        "مفتاح بياناتك مفقود أو لا يعمل.",
    ("Store", "Cannot create the data file. Check free space."):
        "لا يمكن إنشاء ملف البيانات. تأكّد من وجود مساحة فارغة كافية.",
    ("Store", "Cannot open the data file."): "لا يمكن فتح ملف البيانات.",
    ("Store", "This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build."):
        "هذه النسخة من Gangwerk لا تستطيع تشفير بياناتك، لذلك لن تعمل. ثبّت نسخة رسمية من فضلك.",
    ("Store", "Cannot open: wrong key or not a Gangwerk store."):
        "تعذّر الفتح: المفتاح خاطئ، أو هذه ليست بيانات Gangwerk.",
    ("Store", "This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed."):
        "حُفظت هذه البيانات بإصدار أحدث من Gangwerk. حدّث التطبيق لتفتحها. لم يتغيّر شيء.",
    ("Store", "Gangwerk could not update your data to this version. Nothing was changed; please report this."):
        "لم يتمكّن Gangwerk من تحديث بياناتك إلى هذا الإصدار. لم يتغيّر شيء. أبلغ عن هذه المشكلة من فضلك.",
    # unlock
    ("UnlockPage", "Protect your data"): "احمِ بياناتك",
    ("UnlockPage", "Welcome back"): "أهلًا بعودتك",
    ("UnlockPage", "This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe."):
        "لا يوجد في هذا الكمبيوتر مكان آمن لمفتاح بياناتك. اختر عبارة مرور: يستخدمها Gangwerk ليقفل بياناتك. استخدم 8 أحرف على الأقل، واكتبها في مكان آمن.",
    ("UnlockPage", "Type your passphrase to open your data."): "اكتب عبارة المرور لتفتح بياناتك.",
    ("UnlockPage", "Passphrase"): "عبارة المرور",
    ("UnlockPage", "Type it again"): "اكتبها مرة أخرى",
    ("UnlockPage", "Type the passphrase again"): "اكتب عبارة المرور مرة أخرى",
    ("UnlockPage", "Opening your data…"): "جارٍ فتح بياناتك…",
    ("UnlockPage", "Save passphrase"): "حفظ عبارة المرور",
    ("UnlockPage", "Open"): "فتح",
    # C++ services and models (core, app)
    ("gw::HourEntryForm", "Today"): "اليوم",
    ("gw::HourEntryForm", "Yesterday"): "أمس",
    ("gw::HourEntryForm", "Changed. Your entry is now %1."): "تم التعديل. تسجيلك الآن: %1.",
    ("gw::HourEntryForm", "Saved: %1. Thank you for helping!"): "تم الحفظ: %1. شكرًا لمساعدتك!",
    ("gw::HourHistoryModel", "Removed on %1"): "حُذف بتاريخ %1",
    ("gw::HourHistoryModel", "Changed to %1"): "عُدِّل إلى %1",
    ("gw::HourHistoryModel", "Changed to %1 on %2"): "عُدِّل إلى %1 بتاريخ %2",
    ("gw::HourHistoryModel", "Not accepted by the server."): "لم يقبله الخادم.",
    ("gw::HoursService", "%1 per month"): "%1 في الشهر",
    ("gw::HoursService", "%1 per week"): "%1 في الأسبوع",
    ("gw::HoursService", "week %1"): "الأسبوع %1",
    ("gw::HoursService", "Gangwerk is not set up yet."): "لم يتم إعداد Gangwerk بعد.",
    ("gw::HoursService", "Your hours could not be saved. Nothing was changed. Please try again."):
        "تعذّر حفظ ساعاتك. لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
    ("gw::HoursService", "The entry could not be removed. Nothing was changed. Please try again."):
        "تعذّر حذف التسجيل. لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
    ("gw::HoursService", "This is not a date. Choose the end of the pause again."):
        "هذا ليس تاريخًا. اختر مرة أخرى متى ينتهي التوقّف.",
    ("gw::HoursService", "Your beheerder paused your hours until %1. Take good care of yourself."):
        "أوقف المشرف الاجتماعي ساعاتك مؤقتًا حتى %1. اعتنِ بنفسك جيدًا.",
    ("gw::HoursService", "Your pause has ended: hours are asked again from today. Good to have you back."):
        "انتهى توقّفك المؤقت: الساعات مطلوبة من جديد ابتداءً من اليوم. يسعدنا أنك عدت.",
    ("gw::HoursService", "The pause could not be saved. Nothing was changed. Please try again."):
        "تعذّر حفظ التوقّف المؤقت. لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
    ("Mutations", "A pause cannot end before today. Choose a later date, or lift the pause."):
        "لا يمكن أن ينتهي التوقّف قبل اليوم. اختر تاريخًا لاحقًا، أو أنهِ التوقّف.",
    ("Mutations", "This member is not part of your project."):
        "هذا الساكن ليس من مشروعك.",
    ("gw::sync::SyncStatus", "Everything is up to date."): "كل شيء محدَّث.",
    ("gw::sync::SyncStatus", "The server does not answer — your changes are safe on this device"):
        "الخادم لا يستجيب — تعديلاتك آمنة على هذا الجهاز",
    # the permission table (core/permissions.cpp): why something is not allowed
    ("Permissions", "You can only log your own hours."): "يمكنك أن تسجّل ساعاتك أنت فقط.",
    ("Permissions", "Only a beheerder can credit hours for an activity or a service."):
        "المشرف الاجتماعي وحده يمكنه أن يحتسب ساعات لنشاط أو لخدمة.",
    ("Permissions", "Only the beheerder sees everyone's hours."):
        "المشرف الاجتماعي وحده يرى ساعات الجميع.",
    ("Permissions", "Only a beheerder can pause a requirement."):
        "المشرف الاجتماعي وحده يمكنه أن يوقف الساعات المطلوبة من شخص مؤقتًا.",
    ("Permissions", "Only the member and the beheerder see this."):
        "لا يرى هذا إلا الساكن نفسه والمشرف الاجتماعي.",
    ("Permissions", "Only the beheerder sees the reason for a pause."):
        "المشرف الاجتماعي وحده يرى سبب التوقّف المؤقت.",
    ("Permissions", "This is only for the people of that corridor."):
        "هذا فقط لسكان ذلك الممر.",
    ("Permissions", "Only the beheerder sees this."): "المشرف الاجتماعي وحده يرى هذا.",
    ("Permissions", "Only a gangmaker or the beheerder can plan an activity here."):
        "لا يمكن أن يخطّط لنشاط هنا إلا منظّم الممر أو المشرف الاجتماعي.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can change this activity."):
        "لا يمكن أن يعدّل هذا النشاط إلا منظّم هذا الممر أو المشرف الاجتماعي.",
    ("Permissions", "Only a gangmaker of this corridor or the beheerder can cancel this activity."):
        "لا يمكن أن يلغي هذا النشاط إلا منظّم هذا الممر أو المشرف الاجتماعي.",
    ("Permissions", "Only the organisers see who signed up."):
        "المنظّمون وحدهم يرون من سجّل اسمه.",
    ("Permissions", "Only the organisers can take attendance."):
        "المنظّمون وحدهم يمكنهم تسجيل الحضور.",
    ("Permissions", "Only the organisers can give someone a place from the waiting list."):
        "المنظّمون وحدهم يمكنهم أن يعطوا شخصًا من قائمة الانتظار مكانًا.",
    ("Permissions", "You can only sign yourself up or off."):
        "يمكنك أن تسجّل نفسك أو تلغي تسجيلك أنت فقط.",
    ("Permissions", "You can only come together with a neighbour from your corridor."):
        "يمكنك أن تأتي مع جار من ممرّك فقط.",
    ("Permissions", "You can only ask or offer help for yourself."):
        "يمكنك أن تطلب المساعدة أو تعرضها لنفسك فقط.",
    ("Permissions", "Only a gangmaker or the beheerder can ask for help for a neighbour."):
        "لا يمكن أن يطلب المساعدة لجار إلا منظّم الممر أو المشرف الاجتماعي.",
    ("Permissions", "You cannot take this request."): "لا يمكنك أن تقبل هذا الطلب.",
    ("Permissions", "Only the helper can report this help as done."):
        "الشخص الذي يساعد وحده يمكنه أن يبلّغ أن المساعدة تمّت.",
    ("Permissions", "Only the person who asked can confirm this help."):
        "الشخص الذي طلب المساعدة وحده يمكنه أن يؤكّدها.",
    ("Permissions", "Only the beheerder can hide a post."):
        "المشرف الاجتماعي وحده يمكنه أن يخفي منشورًا.",
    ("Permissions", "Only the beheerder can settle this."): "المشرف الاجتماعي وحده يمكنه أن يحلّ هذا الأمر.",
    ("Permissions", "Only the member and the beheerder see these talents."):
        "لا يرى هذه المواهب إلا الساكن نفسه والمشرف الاجتماعي.",
    ("Permissions", "Only the beheerder can change talents."):
        "المشرف الاجتماعي وحده يمكنه أن يعدّل المواهب.",
    ("Permissions", "You can only send a signal in your own name."):
        "يمكنك أن ترسل بلاغًا باسمك أنت فقط.",
    ("Permissions", "Only a gangmaker can send a signal for a neighbour."):
        "منظّم الممر وحده يمكنه أن يرسل بلاغًا نيابةً عن جار.",
    ("Permissions", "Only the person who sent this signal and the beheerder see it."):
        "لا يرى هذا البلاغ إلا من أرسله والمشرف الاجتماعي.",
    ("Permissions", "Only the person who sent this signal can add to it."):
        "من أرسل هذا البلاغ وحده يمكنه أن يضيف إليه.",
    ("Permissions", "Only the person who sent this signal can open it again."):
        "من أرسل هذا البلاغ وحده يمكنه أن يفتحه من جديد.",
    ("Permissions", "Only the beheerder can handle a signal."):
        "المشرف الاجتماعي وحده يمكنه أن يعالج البلاغ.",
    ("Permissions", "Only the beheerder sees notes on a signal."):
        "المشرف الاجتماعي وحده يرى الملاحظات على البلاغ.",
    ("Permissions", "Only the beheerder can write notes on a signal."):
        "المشرف الاجتماعي وحده يمكنه أن يكتب ملاحظات على البلاغ.",
    ("Permissions", "Only the beheerder can ask for a knock on the door."):
        "المشرف الاجتماعي وحده يمكنه أن يطلب من أحد أن يطرق باب شخص ما.",
    ("Permissions", "This task is for someone else."): "هذه المهمة لشخص آخر.",
    ("Permissions", "Only the beheerder can invite people."):
        "المشرف الاجتماعي وحده يمكنه أن يدعو الناس.",
    ("Permissions", "Only the beheerder can disconnect a device."):
        "المشرف الاجتماعي وحده يمكنه أن يفصل جهازًا.",
    ("gw::MemberProgressModel", "%1 of %2"): "%1 من %2",
    ("gw::MonthlyHoursModel", "%1: %2 of %3"): "%1: %2 من %3",
    ("gw::Session", "Gangwerk cannot create the folder for your data. Check free space."):
        "لا يستطيع Gangwerk أن ينشئ مجلدًا لبياناتك. تأكّد من وجود مساحة فارغة كافية.",
    ("gw::Session", "The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help."):
        "مفتاح بياناتك لم يعد موجودًا على هذا الكمبيوتر، لذلك لا يستطيع Gangwerk أن يفتحها. لم تتغيّر بياناتك. اطلب المساعدة من المشرف الاجتماعي.",
    ("gw::Session", "Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed."):
        "بياناتك مقفلة بحافظة المفاتيح في هذا الكمبيوتر، لكن لا يمكن الوصول إليها الآن. سجّل الخروج ثم سجّل الدخول من جديد، ثم افتح Gangwerk مرة أخرى. لم تتغيّر بياناتك.",
    ("gw::Session", "Use at least %n characters."):
        ["استخدم %n حرف على الأقل.",
         "استخدم %n حرف على الأقل.",
         "استخدم %n حرفين على الأقل.",
         "استخدم %n أحرف على الأقل.",
         "استخدم %n حرفًا على الأقل.",
         "استخدم %n حرف على الأقل."],
    ("gw::Session", "The two passphrases are not the same. Type them again."):
        "عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.",
    ("gw::Session", "That passphrase is not right. Try again."):
        "عبارة المرور هذه غير صحيحة. حاول مرة أخرى.",
    # enrolment (first run)
    ("EnrolPage", "Connect to your housing project"): "اتّصل بمشروعك السكني",
    ("EnrolPage", "Your beheerder gives you a server address and an invite code. You only do this once on this device."):
        "يعطيك المشرف الاجتماعي عنوان الخادم ورمز الدعوة. تفعل هذا مرة واحدة فقط على هذا الجهاز.",
    ("EnrolPage", "Server address"): "عنوان الخادم",
    ("EnrolPage", "Starts with https://. An address with http:// only works for a test server on this computer."):
        "يبدأ بـ https://. العنوان الذي يبدأ بـ http:// يعمل فقط مع خادم تجريبي على هذا الكمبيوتر.",
    ("EnrolPage", "Invite code"): "رمز الدعوة",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter."):
        "لا تهمّ الأحرف الكبيرة ولا المسافات ولا الشرطات.",
    ("EnrolPage", "Name of this device"): "اسم هذا الجهاز",
    ("EnrolPage", "So you and your beheerder can recognise it later."):
        "حتى تعرفه أنت والمشرف الاجتماعي لاحقًا.",
    ("EnrolPage", "Your name (if you want)"): "اسمك (إن أردت)",
    ("EnrolPage", "Your name"): "اسمك",
    ("EnrolPage", "Leave it empty if your beheerder already wrote down your name."):
        "اترك هذه الخانة فارغة إذا كان المشرف الاجتماعي قد كتب اسمك من قبل.",
    ("EnrolPage", "Connecting… This can take a moment."): "جارٍ الاتصال… قد يستغرق هذا لحظة.",
    ("EnrolPage", "Connect"): "اتصال",
    ("EnrolPage", "Connects this device to your housing project."): "يربط هذا الجهاز بمشروعك السكني.",
    ("EnrolPage", "Got an invite link or a QR code? Open it on this device, or paste the link in the code field: the address and the code are filled in for you."):
        "هل لديك رابط دعوة أو رمز QR؟ افتحه على هذا الجهاز، أو الصق الرابط في خانة الرمز. عندها يُكتب العنوان والرمز تلقائيًا.",
    ("gw::sync::Enrolment", "Check the code letter by letter. A code works only once, and only for a short time."):
        "راجع الرمز حرفًا حرفًا. الرمز يعمل مرة واحدة فقط، ولمدة قصيرة فقط.",
    ("gw::sync::Enrolment", "This protects your project against people who guess codes."):
        "هذا يحمي مشروعك من الأشخاص الذين يحاولون تخمين الرموز.",
    ("gw::sync::Enrolment", "Is the address exactly as your beheerder gave it? Are you connected to the internet?"):
        "هل العنوان مطابق تمامًا لما أعطاك إياه المشرف الاجتماعي؟ هل أنت متصل بالإنترنت؟",
    ("gw::sync::Enrolment", "Do not use this address until your beheerder has checked it."):
        "لا تستخدم هذا العنوان حتى يتحقّق منه المشرف الاجتماعي.",
    ("gw::sync::Enrolment", "Install the newest version of Gangwerk, then try again."):
        "ثبّت أحدث إصدار من Gangwerk، ثم حاول مرة أخرى.",
    ("gw::sync::Enrolment", "For example: https://gangwerk.example.nl"): "مثلًا: https://gangwerk.example.nl",
    ("gw::sync::Enrolment", "If it keeps happening, tell your beheerder."): "إذا تكرّر هذا، أخبر المشرف الاجتماعي.",
    ("gw::sync::Enrolment", "Gangwerk on %1"): "Gangwerk على %1",
    ("gw::sync::Enrolment", "An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)"):
        "العنوان الذي يبدأ بـ http:// غير آمن: يمكن لأي شخص أن يقرأ ما يُرسَل. استخدم العنوان الذي يبدأ بـ https://. (يعمل http:// فقط مع خادم تجريبي على هذا الكمبيوتر.)",
    ("gw::sync::Enrolment", "Type the address of your project's server."): "اكتب عنوان خادم مشروعك.",
    ("gw::sync::Enrolment", "Your beheerder gives it to you, together with the invite code."):
        "يعطيك إياه المشرف الاجتماعي، مع رمز الدعوة.",
    ("gw::sync::Enrolment", "Type the invite code from your beheerder."): "اكتب رمز الدعوة الذي أعطاك إياه المشرف الاجتماعي.",
    ("gw::sync::Enrolment", "It looks like ABCD-EFGH-JKLM-NPQR."): "يبدو هكذا: ABCD-EFGH-JKLM-NPQR.",
    ("gw::sync::Enrolment", "Phone"): "هاتف",
    ("gw::sync::Enrolment", "Computer"): "كمبيوتر",
    ("gw::sync::Enrolment", "%1, since %2"): "%1، منذ %2",
    # sync status
    ("gw::sync::SyncStatus", "%n change(s) waiting to be sent"):
        ["%n تعديل بانتظار الإرسال",
         "%n تعديل بانتظار الإرسال",
         "%n تعديلان بانتظار الإرسال",
         "%n تعديلات بانتظار الإرسال",
         "%n تعديلًا بانتظار الإرسال",
         "%n تعديل بانتظار الإرسال"],
    ("gw::sync::SyncStatus", "Demo on this device only: not connected to a server."):
        "تجربة على هذا الجهاز فقط: غير متصل بخادم.",
    ("gw::sync::SyncStatus", "Syncing…"): "جارٍ المزامنة…",
    ("gw::sync::SyncStatus", "Offline — your changes are safe on this device"):
        "غير متصل — تعديلاتك آمنة على هذا الجهاز",
    ("gw::sync::SyncStatus", "Not synced — your changes are safe on this device"):
        "لم تتم المزامنة — تعديلاتك آمنة على هذا الجهاز",
    ("gw::sync::SyncStatus", "Not synced yet"): "لم تتم المزامنة بعد",
    ("gw::sync::SyncStatus", "Synced just now"): "تمت المزامنة قبل لحظات",
    ("gw::sync::SyncStatus", "Synced %n minute(s) ago"):
        ["تمت المزامنة قبل %n دقيقة",
         "تمت المزامنة قبل %n دقيقة",
         "تمت المزامنة قبل %n دقيقتين",
         "تمت المزامنة قبل %n دقائق",
         "تمت المزامنة قبل %n دقيقة",
         "تمت المزامنة قبل %n دقيقة"],
    ("gw::sync::SyncStatus", "Synced %n hour(s) ago"):
        ["تمت المزامنة قبل %n ساعة",
         "تمت المزامنة قبل %n ساعة",
         "تمت المزامنة قبل %n ساعتين",
         "تمت المزامنة قبل %n ساعات",
         "تمت المزامنة قبل %n ساعة",
         "تمت المزامنة قبل %n ساعة"],
    ("gw::sync::SyncStatus", "Synced on %1"): "تمت المزامنة بتاريخ %1",
    ("SyncStatusLine", "Shows the sync details."): "يعرض تفاصيل المزامنة.",
    ("SyncSection", "Sync"): "المزامنة",
    ("SyncSection", "Server: %1"): "الخادم: %1",
    ("SyncSection", "Syncing…"): "جارٍ المزامنة…",
    ("SyncSection", "Sync now"): "زامِن الآن",
    ("SyncSection", "Sends your changes and fetches the newest data."):
        "يرسل تعديلاتك ويجلب أحدث البيانات.",
    ("SyncSection", "Not accepted by the server"): "لم يقبلها الخادم",
    ("SyncSection", "These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear."):
        "هذه التعديلات لا تُحسب. تبقى في هذه القائمة حتى ترى ما حدث. إذا كان هناك شيء غير واضح، اسأل المشرف الاجتماعي.",
    ("MutationKinds", "A pause of someone's hours"): "إيقاف مؤقت لساعات شخص ما",
    ("MutationKinds", "Hours you logged"): "ساعات سجّلتها",
    ("MutationKinds", "A change"): "تعديل",
    ("SyncSection", "%1, made on %2: %3"): "%1، بتاريخ %2: %3",
    ("SyncSection", "%1, made on %2"): "%1، بتاريخ %2",
    # the engine's words
    ("gw::sync::SyncEngine", "This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you."):
        "هذا ليس عنوان خادم. العنوان يبدو هكذا: gangwerk.example.nl:8443. يمكن للمشرف الاجتماعي أن يخبرك به.",
    ("gw::sync::SyncEngine", "The server cannot be reached. Check the address and your internet connection, then try again."):
        "لا يمكن الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك بالإنترنت، ثم حاول مرة أخرى.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder."):
        "لم يستطع الخادم أن يثبت هويته (شهادته غير موثوقة). لم يُرسَل أي شيء. تحقّق من العنوان مع المشرف الاجتماعي.",
    ("gw::sync::SyncEngine", "This address does not answer like a Gangwerk server. Check the address with your beheerder."):
        "هذا العنوان لا يستجيب مثل خادم Gangwerk. تحقّق من العنوان مع المشرف الاجتماعي.",
    ("gw::sync::SyncEngine", "This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code."):
        "رمز الدعوة هذا لا يعمل: ربما فيه خطأ في الكتابة، أو انتهت صلاحيته، أو استُخدم من قبل. اطلب رمزًا جديدًا من المشرف الاجتماعي.",
    ("gw::sync::SyncEngine", "Too many attempts just now. Wait a few minutes and try again."):
        "محاولات كثيرة جدًا في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.",
    ("gw::sync::SyncEngine", "This version of Gangwerk is too old for the server. Please update the app."):
        "هذا الإصدار من Gangwerk قديم جدًا بالنسبة إلى الخادم. حدّث التطبيق من فضلك.",
    ("gw::sync::SyncEngine", "Enrolling did not work because of a problem on the server. Try again later."):
        "لم ينجح الاتصال بسبب مشكلة في الخادم. حاول مرة أخرى لاحقًا.",
    ("gw::sync::SyncEngine", "The server's answer was not understood. Try again later."):
        "لم نفهم ردّ الخادم. حاول مرة أخرى لاحقًا.",
    ("gw::sync::SyncEngine", "Gangwerk could not save the enrolment on this device. Nothing was changed; try again."):
        "لم يتمكّن Gangwerk من حفظ الاتصال على هذا الجهاز. لم يتغيّر شيء. حاول مرة أخرى.",
    ("gw::sync::SyncEngine", "The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back."):
        "لا يمكن الوصول إلى الخادم الآن. تعديلاتك آمنة على هذا الجهاز، وستُرسَل عندما يعود الاتصال.",
    ("gw::sync::SyncEngine", "The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder."):
        "لم يستطع الخادم أن يثبت هويته (شهادته غير موثوقة)، لذلك لم يُرسَل أي شيء. أخبر المشرف الاجتماعي من فضلك.",
    ("gw::sync::SyncEngine", "This device is no longer connected to your project. Ask your beheerder for a new invite code."):
        "هذا الجهاز لم يعد متصلًا بمشروعك. اطلب رمز دعوة جديدًا من المشرف الاجتماعي.",
    ("gw::sync::SyncEngine", "The server does not allow this device to sync. Please tell your beheerder."):
        "الخادم لا يسمح لهذا الجهاز بالمزامنة. أخبر المشرف الاجتماعي من فضلك.",
    ("gw::sync::SyncEngine", "Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again."):
        "لم تنجح المزامنة الآن. تعديلاتك آمنة على هذا الجهاز، وسيحاول Gangwerk مرة أخرى.",
    # beheerder: residents and pauses
    ("ResidentsPage", "Residents"): "السكان",
    ("ResidentsFilters", "Residents"): "السكان",
    ("ResidentsPage", "This month (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "هذا الشهر (%1): الساعات المُنجَزة والساعات المطلوبة. هذه فرصة للحديث مع الشخص، وليست أبدًا للمقارنة بين الناس.",
    ("ResidentsPage", "This week (%1): hours done and hours asked. A reason to talk with someone, never to compare people."):
        "هذا الأسبوع (%1): الساعات المُنجَزة والساعات المطلوبة. هذه فرصة للحديث مع الشخص، وليست أبدًا للمقارنة بين الناس.",
    ("ResidentsFilters", "No residents yet. They appear here after they connect and sync."):
        "لا يوجد سكان بعد. سيظهرون هنا بعد أن يتّصلوا ويقوموا بالمزامنة.",
    ("MemberRow", "gangmaker"): "منظّم الممر",
    ("MemberRow", "%1 done, hours paused until %2"): "تم إنجاز %1، والساعات متوقفة مؤقتًا حتى %2",
    ("MemberRow", "%1 done"): "تم إنجاز %1",
    ("MemberRow", "Hours paused until %1"): "الساعات متوقفة مؤقتًا حتى %1",
    ("MemberRow", "Change pause"): "تعديل التوقّف",
    ("MemberRow", "Pause"): "إيقاف مؤقت",
    ("MemberRow", "Change the pause for %1"): "تعديل التوقّف المؤقت لـ %1",
    ("MemberRow", "Pause the hours of %1"): "إيقاف ساعات %1 مؤقتًا",
    ("PauseDialog", "The pause could not be saved. Please try again."):
        "تعذّر حفظ التوقّف المؤقت. حاول مرة أخرى من فضلك.",
    ("PauseDialog", "The pause for %1 is lifted."): "انتهى التوقّف المؤقت لـ %1.",
    ("PauseDialog", "%1's hours are paused until %2."): "ساعات %1 متوقفة مؤقتًا حتى %2.",
    ("PauseDialog", "Pause hours for %1"): "إيقاف ساعات %1 مؤقتًا",
    ("PauseDialog", "The hours of %1 are paused until %2. Choose a new date, or lift the pause."):
        "ساعات %1 متوقفة مؤقتًا حتى %2. اختر تاريخًا جديدًا، أو أنهِ التوقّف.",
    ("PauseDialog", "During a pause, %1 is not asked to do hours. Hours they still log keep counting."):
        "أثناء التوقّف، لا نطلب من %1 أي ساعات. والساعات التي تُسجَّل رغم ذلك تبقى محسوبة.",
    ("PauseDialog", "Until the end of this month (%1)"): "حتى نهاية هذا الشهر (%1)",
    ("PauseDialog", "Until the end of next month (%1)"): "حتى نهاية الشهر القادم (%1)",
    ("PauseDialog", "For a number of weeks"): "لعدد من الأسابيع",
    ("PauseDialog", "Number of weeks"): "عدد الأسابيع",
    ("PauseDialog", "%n week(s), until %1"):
        ["%n أسبوع، حتى %1",
         "%n أسبوع، حتى %1",
         "%n أسبوعان، حتى %1",
         "%n أسابيع، حتى %1",
         "%n أسبوعًا، حتى %1",
         "%n أسبوع، حتى %1"],
    ("PauseDialog", "Lift the pause: hours are asked again from today"):
        "إنهاء التوقّف: الساعات مطلوبة من جديد ابتداءً من اليوم",
    ("PauseDialog", "Cancel"): "إلغاء",
    ("PauseDialog", "Lift pause"): "إنهاء التوقّف",
    ("PauseDialog", "Keep pause"): "إبقاء التوقّف",
    ("PauseDialog", "Extend pause"): "تمديد التوقّف",
    ("PauseDialog", "Shorten pause"): "تقصير التوقّف",
    ("PauseDialog", "Keep it until %1, as it is now"): "أبقِه كما هو: حتى %1",
    ("PauseDialog", "Pause hours"): "إيقاف الساعات مؤقتًا",
    # first start
    ("IntroPage", "Living here means helping each other"): "العيش هنا يعني أن نساعد بعضنا بعضًا",
    ("IntroPage", "In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid."):
        "في مشروعك السكني، يساعد الجيران بعضهم بعضًا. يطلب مشروعك من الجميع بضع ساعات في الشهر. نسمّي ذلك المساعدة المتبادلة (wederkerigheid).",
    ("IntroPage", "What counts"): "ما الذي يُحسب؟",
    ("IntroPage", "Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too."):
        "التسوّق لجار، حديث ودّي، مساعدة في استمارة أو في الكمبيوتر، الطبخ معًا، العمل في الحديقة، اجتماع السكان. الأشياء الصغيرة تُحسب أيضًا.",
    ("IntroPage", "Your hours, safe on this device"): "ساعاتك آمنة على هذا الجهاز",
    ("IntroPage", "You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them."):
        "أنت تكتب الساعات التي قدّمتها. تبقى مقفلة على هذا الجهاز، ولا تُشارَك إلا مع المشرف الاجتماعي. جيرانك لا يرونها.",
    ("IntroPage", "Step %1 of %2"): "الخطوة %1 من %2",
    ("IntroPage", "Skip"): "تخطٍّ",
    ("IntroPage", "Skip the introduction"): "تخطّي المقدّمة",
    ("IntroPage", "Next"): "التالي",
    ("IntroPage", "Start"): "ابدأ",
    ("InviteLink", "This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code."):
        "هذا ليس رابط دعوة من Gangwerk. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.",
    ("InviteLink", "This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code."):
        "لا يحتوي رابط الدعوة هذا على عنوان صالح. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.",
    ("InviteLink", "This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code."):
        "لا يحتوي رابط الدعوة هذا على رمز صالح. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.",
    ("MonthChart", "Use the arrow keys to choose a month."): "استخدم مفاتيح الأسهم لاختيار شهر.",
    ("YearChartCard", "The last 12 months"): "آخر 12 شهرًا",
    ("EnrolPage", "Got a link or a QR code from your beheerder? Open it on this device: everything is filled in."):
        "هل وصلك رابط أو رمز QR من المشرف الاجتماعي؟ افتحه على هذا الجهاز، وستُملأ كل الخانات لك.",
    ("EnrolPage", "Capital letters, spaces and dashes do not matter. You can also paste the invite link here."):
        "لا تهمّ الأحرف الكبيرة ولا المسافات ولا الشرطات. يمكنك أيضًا لصق رابط الدعوة هنا.",
    ("LogHoursPage", "Another day…"): "يوم آخر…",
    ('HomePage', 'May need a conversation'): 'ربما يحتاج إلى حديث',
    ('MemberRow', 'May need a conversation'): 'ربما يحتاج إلى حديث',
    ('ResidentsPage', 'May need a conversation'): 'ربما يحتاج إلى حديث',
    ('HomePage', 'In %1, everyone did at least half of what was asked so far.'): 'في %1 أنجز الجميع نصف المطلوب حتى الآن على الأقل.',
    ('HomePage', 'In %1, they did less than half of what was asked so far: %2.'): 'في %1 أنجز هؤلاء أقل من نصف المطلوب حتى الآن: %2.',
    ('HomePage', 'Show them'): 'اعرضهم',
    ('HomePage', 'Show the residents who may need a conversation'): 'اعرض السكان الذين ربما يحتاجون إلى حديث',
    ('ResidentRow', 'No corridor'): 'بلا ممر',
    ("ResidentsFilters", '%1: hours done and hours asked. A reason to talk with someone, never to compare people.'): '%1: الساعات المنجزة والساعات المطلوبة. سبب للحديث مع شخص ما، وليس للمقارنة بين الناس أبدًا.',
    ("ResidentsFilters", 'This month'): 'هذا الشهر',
    ("ResidentsFilters", 'This week'): 'هذا الأسبوع',
    ("ResidentsFilters", 'Last month'): 'الشهر الماضي',
    ("ResidentsFilters", 'Last week'): 'الأسبوع الماضي',
    ('ResidentsPage', 'Find by name or corridor'): 'ابحث بالاسم أو الممر',
    ('ResidentsPage', 'Find a resident by name or corridor'): 'ابحث عن ساكن بالاسم أو الممر',
    ("ResidentsFilters", 'Everyone'): 'الجميع',
    ("ResidentsFilters", 'Paused'): 'متوقّف مؤقتًا',
    ("ResidentsFilters", '%1 of %2 residents shown'): '%1 من %2 ساكنًا',
    ("ResidentsFilters", 'Getting the residents from your project…'): 'جارٍ جلب السكان من مشروعك…',
    ("ResidentsFilters", 'Nobody matches. Clear the search or choose Everyone.'): 'لا أحد يطابق. امسح البحث أو اختر الجميع.',
    ('HomePage', 'and %n more'): ['و%n آخرين', 'وشخص آخر (%n)', 'وشخصان آخران (%n)', 'و%n آخرين', 'و%n آخرين', 'و%n آخرين'],
    ("ResidentsFilters", 'Worth a talk'): 'يستحق حديثًا',
    ('MonthReport', 'Corridor'): 'الممر',
    ('MonthReport', 'Name'): 'الاسم',
    ('MonthReport', 'Minutes done'): 'الدقائق المنجزة',
    ('MonthReport', 'Minutes asked'): 'الدقائق المطلوبة',
    ('MonthReport', 'Done'): 'المنجز',
    ('MonthReport', 'Asked'): 'المطلوب',
    ('MonthReport', 'Paused until'): 'متوقّف حتى',
    ('MonthReport', 'Wederkerigheid: %1, %2'): 'المساعدة المتبادلة (wederkerigheid): %1، %2',
    ('MonthReport', '%1 residents. Together %2 done of %3 asked. %4 paused.'): '%1 ساكنًا. معًا أُنجز %2 من %3 مطلوبة. %4 في توقّف مؤقت.',
    ('MonthReport', 'Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.'): 'أُعدّ بواسطة Gangwerk. الساعات سبب للحديث مع شخص ما، وليست للمقارنة بين الناس أبدًا.',
    ('MonthReport', 'The folder %1 cannot be made.'): 'لا يمكن إنشاء المجلد %1.',
    ('MonthReport', 'The report could not be saved (%1).'): 'تعذّر حفظ التقرير (%1).',
    ("ResidentsFilters", 'Month report'): 'التقرير الشهري',
    ("ResidentsFilters", 'Save the month report for the housing provider, as a spreadsheet and to print'): 'احفظ التقرير الشهري لمؤسسة السكن، كجدول بيانات وللطباعة',
    ("ResidentsFilters", 'Open the folder with the report'): 'افتح المجلد الذي فيه التقرير',
    ('gw::Session', 'Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).'): 'حُفظ في %1: التقرير كجدول بيانات (CSV) وللطباعة (PDF).',
    ('PauseDialog', 'Reason (optional, only the beheerder sees it)'): 'السبب (اختياري، يراه المشرف الاجتماعي فقط)',
    ('PauseDialog', 'Reason for the pause, optional. Only the beheerder sees it.'): 'سبب التوقّف المؤقت، اختياري. يراه المشرف الاجتماعي فقط.',
    ('ResidentPage', 'Change pause'): 'تعديل التوقّف',
    ('ResidentPage', 'Pause'): 'إيقاف مؤقت',
    ('ResidentPage', 'Change the pause for %1'): 'تعديل التوقّف المؤقت لـ %1',
    ('ResidentPage', 'Pause the hours of %1'): 'إيقاف ساعات %1 مؤقتًا',
    ('ResidentPage', 'The last 12 months'): 'آخر 12 شهرًا',
    ('ResidentPage', 'All residents'): 'كل السكان',
    ('ResidentPage', 'Back to all residents'): 'العودة إلى كل السكان',
    ('ResidentPage', 'Hours of %1 in the last 12 months'): 'ساعات %1 في آخر 12 شهرًا',
    ('ResidentPage', 'Hours given'): 'الساعات المقدَّمة',
    ('ResidentPage', 'Pauses'): 'فترات التوقّف',
    ('ResidentPage', 'No pauses.'): 'لا توجد فترات توقّف.',
    ('ResidentPage', 'now'): 'الآن',
    ('ResidentPage', 'Reason: %1'): 'السبب: %1',
    ('ResidentPage', 'Entries'): 'الساعات المسجّلة',
    ('ResidentPage', 'No hours filled in yet.'): 'لم تُسجَّل ساعات بعد.',
    ('ResidentPage', 'a correction'): 'تصحيح',
    ('ResidentsPage', 'paused until %1'): 'متوقّف حتى %1',
    ('gw::MemberProgressModel', '%1 – %2'): '%1 – %2',
    ("ResidentsFilters", 'By corridor'): 'حسب الممر',
    ("ResidentsFilters", 'Group by corridor'): 'التجميع حسب الممر',
    # devices: the beheerder disconnects a lost phone
    ('DeviceLine', 'this device'): 'هذا الجهاز',
    ('DeviceLine', 'waiting to be sent'): 'بانتظار الإرسال',
    ('DeviceLine', 'Disconnect'): 'فصل',
    ('DeviceLine', 'Disconnect %1'): 'فصل %1',
    ('Devices', 'never'): 'لم يحدث بعد',
    ('Devices', 'today'): 'اليوم',
    ('Devices', 'yesterday'): 'أمس',
    ('Devices', '%n days ago'):
        ['قبل %n يوم',
         'قبل %n يوم',
         'قبل %n يومين',
         'قبل %n أيام',
         'قبل %n يومًا',
         'قبل %n يوم'],
    ('DisconnectDialog', '%1 of %2 is disconnected.'): 'تم فصل %1 الخاص بـ %2.',
    ('DisconnectDialog', 'Disconnect %1?'): 'هل تريد فصل %1؟',
    ('DisconnectDialog', 'This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.'):
        'بعد ذلك لن يستطيع هذا الجهاز الخاص بـ %1 أن يرى أو يرسل أي شيء. تبقى ساعات %1 محفوظة. لاستخدام Gangwerk على هذا الجهاز من جديد، تلزم دعوة جديدة.',
    ('DisconnectDialog', 'Cancel'): 'إلغاء',
    ('DisconnectDialog', 'Disconnect'): 'فصل',
    ('DisconnectDialog', 'Disconnect %1'): 'فصل %1',
    ('MemberRow', 'Not connected yet'): 'لم يتّصل بعد',
    ('MemberRow', 'Last updated: %1'): 'آخر تحديث: %1',
    ('MemberRow', 'studio %1'): 'استوديو %1',
    ('MutationKinds', 'A device you disconnected'): 'جهاز فصلته',
    ('Mutations', 'This device is not part of your project.'): 'هذا الجهاز ليس من مشروعك.',
    ('Mutations', 'You are using this device now. You cannot disconnect it from here.'):
        'أنت تستخدم هذا الجهاز الآن. لا يمكنك فصله من هنا.',
    ('ResidentPage', 'Studio %1'): 'استوديو %1',
    ('ResidentPage', 'Devices'): 'الأجهزة',
    ('ResidentPage', 'Not connected yet. Give %1 an invite to connect a phone.'):
        'لم يتّصل بعد. أعطِ %1 دعوة لربط هاتف.',
    ("ResidentsFilters", 'Find by name, studio or corridor'): 'ابحث بالاسم أو الاستوديو أو الممر',
    ("ResidentsFilters", 'Find a resident by name, studio or corridor'): 'ابحث عن ساكن بالاسم أو الاستوديو أو الممر',
    ("ResidentsFilters", 'Not updated for %n days'):
        ['بلا تحديث منذ %n يوم',
         'بلا تحديث منذ %n يوم',
         'بلا تحديث منذ %n يومين',
         'بلا تحديث منذ %n أيام',
         'بلا تحديث منذ %n يومًا',
         'بلا تحديث منذ %n يوم'],
    ("ResidentsFilters", 'Not connected yet'): 'لم يتّصل بعد',
    ("ResidentsFilters", '%n days'):
        ['%n يوم',
         '%n يوم',
         '%n يومان',
         '%n أيام',
         '%n يومًا',
         '%n يوم'],
    ("ResidentsFilters", 'Not updated for how many days'): 'عدد الأيام بلا تحديث',
    ('gw::DeviceListModel', 'Last updated: %1'): 'آخر تحديث: %1',
    ('gw::DeviceListModel', 'Connected since %1'): 'متّصل منذ %1',
    ('gw::DeviceListModel', 'Disconnected on %1'): 'فُصل بتاريخ %1',
    ('gw::DevicesService', 'Gangwerk is not set up yet.'): 'لم يتم إعداد Gangwerk بعد.',
    ('gw::DevicesService', 'The device could not be disconnected. Nothing was changed. Please try again.'):
        'تعذّر فصل الجهاز. لم يتغيّر شيء. حاول مرة أخرى من فضلك.',
    ('DayPicker', 'Choose a day'): 'اختر يومًا',
    ('DayPicker', 'Previous month'): 'الشهر السابق',
    ('DayPicker', 'Next month'): 'الشهر التالي',
    ('DayPicker', 'today'): 'اليوم',
    ('DayPicker', 'Cancel'): 'إلغاء',
    ('LogHoursPage', 'Day: %1. Choose another day'): 'اليوم: %1. اختر يومًا آخر',
    ('ActivitiesRules', 'Give the activity a name, for example “Cooking together”.'):
        'أعطِ النشاط اسمًا، مثلًا «الطبخ معًا».',
    ('ActivitiesRules', 'The name is too long. Use at most %1 characters.'):
        'الاسم طويل جدًا. استخدم %1 حرفًا على الأكثر.',
    ('ActivitiesRules', 'The description is too long. Use at most %1 characters.'):
        'الوصف طويل جدًا. استخدم %1 حرف على الأكثر.',
    ('ActivitiesRules', 'Choose where the activity takes place.'): 'اختر مكان النشاط.',
    ('ActivitiesRules', 'Choose the day and time it starts.'): 'اختر اليوم والوقت الذي يبدأ فيه النشاط.',
    ('ActivitiesRules', 'This time has passed. Choose a time that is still to come.'):
        'هذا الوقت مضى. اختر وقتًا لم يأتِ بعد.',
    ('ActivitiesRules', 'Choose an end after the start.'): 'اختر وقت نهاية بعد وقت البداية.',
    ('ActivitiesRules', 'An activity lasts at most %1 hours. Plan a longer one as two activities.'):
        'يستمر النشاط %1 ساعة على الأكثر. إذا كان أطول، فخطّط له كنشاطين.',
    ('ActivitiesRules', 'Choose between 1 and %1 places, or no limit.'):
        'اختر عدد الأماكن المتاحة: من 1 إلى %1، أو بلا حدّ.',
    ('ActivitiesRules', 'Signing up must close before the activity starts.'):
        'يجب أن ينتهي التسجيل قبل أن يبدأ النشاط.',
    ('ActivitiesRules', 'Choose how long counts as hours: between 5 minutes and %1 hours.'):
        'اختر المدة التي تُحسب من الساعات: بين 5 دقائق و%1 ساعات.',
    ('ActivitiesRules', 'Only an activity that counts as hours gives time.'):
        'لا يعطي وقتًا إلا النشاط الذي يُحسب من الساعات.',
    ('ActivitiesRules', '%1 is already booked then for “%2” (%3). Choose another time or place.'):
        '%1 محجوز في ذلك الوقت لنشاط «%2» (%3). اختر وقتًا أو مكانًا آخر.',
    ('ActivitiesRules', 'This activity is cancelled. You cannot sign up for it.'):
        'أُلغي هذا النشاط. لا يمكنك أن تسجّل اسمك فيه.',
    ('ActivitiesRules', 'This activity has already started. You cannot sign up for it any more.'):
        'بدأ هذا النشاط بالفعل. لم يعد يمكنك أن تسجّل اسمك فيه.',
    ('ActivitiesRules', 'Signing up for this activity has closed. Ask the organiser if you still want to come.'):
        'انتهى وقت التسجيل في هذا النشاط. إذا كنت ما زلت تريد أن تأتي، فاسأل المنظّم.',
    ('ActivitiesRules', 'You are already signed up for this activity (or your neighbour is).'):
        'أنت مسجَّل في هذا النشاط بالفعل (أو جارك مسجَّل فيه).',
    ('ActivitiesRules', 'Choose a neighbour to come with, or come alone.'):
        'اختر جارًا يأتي معك، أو تعالَ وحدك.',
    # activities (qml/activities, core/activitiesservice.cpp)
    ('ActivitiesPage', 'Activities'): 'الأنشطة',
    ('ActivitiesPage', 'What your neighbours organise. Sign up, alone or together with a neighbour.'):
        'ما ينظّمه جيرانك. سجّل اسمك وحدك أو مع جار.',
    ('ActivitiesPage', 'Which activities'): 'أيّ الأنشطة',
    ('ActivitiesPage', 'Coming up'): 'القادمة',
    ('ActivitiesPage', 'Mine'): 'أنشطتي',
    ('ActivitiesPage', 'Earlier'): 'السابقة',
    ('ActivitiesPage', 'You have not signed up for anything yet. Look under “Coming up”.'):
        'لم تسجّل اسمك في أي نشاط بعد. انظر في «القادمة».',
    ('ActivitiesPage', 'No activities in the last two months.'): 'لا توجد أنشطة في الشهرين الماضيين.',
    ('ActivitiesPage', 'No activities planned yet. Your corridor is waiting for the first one.'):
        'لا توجد أنشطة مخطَّطة بعد. ممرّك ينتظر النشاط الأول.',
    ('ActivitiesPage', 'No activities yet. Ask your gangmaker what is coming.'):
        'لا توجد أنشطة بعد. اسأل منظّم الممر عمّا هو قادم.',
    ('ActivitiesPage', 'Choose an activity to see what it is and to sign up.'):
        'اختر نشاطًا لترى ما هو ولتسجّل اسمك فيه.',
    ('ActivitiesRules', '%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'):
        '%1 هي الغرفة المشتركة لممرّ آخر. اختر غرفة للجميع، أو غرفة هذا الممر.',
    ('ActivityCard', 'Cancelled'): 'ملغى',
    ('ActivityCard', 'You organise this'): 'أنت تنظّم هذا',
    ('ActivityCard', '%1 · for everyone'): '%1 · للجميع',
    ('ActivityDetail', 'You signed up together with %1. You will see here when it is confirmed.'):
        'سجّلت اسمك مع %1. سترى هنا عندما يتأكّد التسجيل.',
    ('ActivityDetail', 'You signed up. You will see here when it is confirmed.'):
        'سجّلت اسمك. سترى هنا عندما يتأكّد التسجيل.',
    ('ActivityDetail', 'All activities'): 'كل الأنشطة',
    ('ActivityDetail', 'Back to all activities'): 'العودة إلى كل الأنشطة',
    ('ActivityDetail', '%1 · for everyone in the project'): '%1 · لكل من في المشروع',
    ('ActivityDetail', '%1 · for your corridor'): '%1 · لممرّك',
    ('ActivityDetail', 'This activity is cancelled: %1'): 'أُلغي هذا النشاط: %1',
    ('ActivityDetail', 'When someone signs off, the first on the list gets the place. You will see it here.'):
        'عندما يلغي أحد تسجيله، يحصل أول شخص في القائمة على المكان. سترى ذلك هنا.',
    ('ActivityDetail', 'Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.'):
        'يرسل هاتفك التسجيل عندما يتوفّر الإنترنت. يعطي الخادم الأماكن حسب ترتيب وصول التسجيلات.',
    ('ActivityDetail', 'Join the waiting list'): 'انضمّ إلى قائمة الانتظار',
    ('ActivityDetail', 'Sign up'): 'سجّل اسمك',
    ('ActivityDetail', 'Join the waiting list for %1'): 'انضمّ إلى قائمة الانتظار لنشاط %1',
    ('ActivityDetail', 'Sign up for %1'): 'سجّل اسمك في نشاط %1',
    ('ActivityDetail', 'Come with a neighbour…'): 'تعالَ مع جار…',
    ('ActivityDetail', 'Sign up together with a neighbour for %1'): 'سجّل اسمك مع جار في نشاط %1',
    ('ActivityDetail', 'Sign off'): 'ألغِ تسجيلك',
    ('ActivityDetail', 'Sign off from %1'): 'ألغِ تسجيلك في نشاط %1',
    ('ActivityDetail', 'You signed off. Your place goes to the next person on the waiting list.'):
        'ألغيت تسجيلك. يذهب مكانك إلى الشخص التالي في قائمة الانتظار.',
    ('ActivityDetail', 'Cancel activity…'): 'ألغِ النشاط…',
    ('ActivityDetail', 'Cancel %1'): 'ألغِ نشاط %1',
    ('ActivityDetail', 'Come with a neighbour'): 'تعالَ مع جار',
    ('ActivityDetail', 'You both get a place, or you wait together. Ask your neighbour first.'):
        'تحصلان كلاكما على مكان، أو تنتظران معًا. اسأل جارك أولًا.',
    ('ActivityDetail', 'Choose a neighbour'): 'اختر جارًا',
    ('ActivityDetail', 'Neighbour to come with'): 'الجار الذي يأتي معك',
    ('ActivityDetail', 'Back'): 'رجوع',
    ('ActivityDetail', 'Sign up together'): 'سجّل مع جارك',
    ('ActivityDetail', 'Cancel %1?'): 'هل تريد إلغاء نشاط %1؟',
    ('ActivityDetail', 'Everyone who signed up is told, with your reason.'):
        'سيعرف كل من سجّل اسمه بالإلغاء، مع السبب الذي تكتبه.',
    ('ActivityDetail', 'Why, in a few words'): 'لماذا؟ في كلمات قليلة',
    ('ActivityDetail', 'Why it is cancelled'): 'سبب الإلغاء',
    ('ActivityDetail', 'Keep it'): 'أبقِه',
    ('ActivityDetail', 'Keep the activity'): 'أبقِ النشاط',
    ('ActivityDetail', 'Cancel activity'): 'ألغِ النشاط',
    ('ActivityDetail', 'The activity is cancelled. Everyone who signed up will see why.'):
        'أُلغي النشاط. سيرى كل من سجّل اسمه السبب.',
    ('AppShell', 'Activities'): 'الأنشطة',
    ('MutationKinds', 'An activity you planned'): 'نشاط خطّطت له',
    ('MutationKinds', 'An activity you cancelled'): 'نشاط ألغيته',
    ('MutationKinds', 'Your sign-up'): 'تسجيلك في نشاط',
    ('MutationKinds', 'Your sign-off'): 'إلغاء تسجيلك في نشاط',
    ('Mutations', 'This activity does not exist (any more).'): 'هذا النشاط غير موجود (أو لم يعد موجودًا).',
    ('Mutations', 'This activity is for another corridor.'): 'هذا النشاط لممرّ آخر.',
    ('Mutations', 'An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.'):
        'يبقى النشاط للممر الذي خُطّط له. ألغِه وخطّط لنشاط جديد بدلًا منه.',
    ('Mutations', 'This activity is cancelled or over. It cannot be changed any more.'):
        'أُلغي هذا النشاط أو انتهى. لم يعد يمكن تعديله.',
    ('Mutations', 'An activity has at most 4 organisers.'): 'للنشاط 4 منظّمين على الأكثر.',
    ('Mutations', 'Say in a few words why it is cancelled, so that the people who signed up know.'):
        'اكتب في كلمات قليلة سبب الإلغاء، حتى يعرفه من سجّلوا أسماءهم.',
    ('Mutations', 'This activity is over. It cannot be cancelled.'): 'انتهى هذا النشاط. لا يمكن إلغاؤه.',
    ('Mutations', 'This sign-up does not exist (any more).'): 'هذا التسجيل غير موجود (أو لم يعد موجودًا).',
    ('Mutations', 'This activity has already started. Tell the organiser if you cannot stay.'):
        'بدأ هذا النشاط بالفعل. إذا كنت لا تستطيع البقاء، فأخبر المنظّم.',
    ('gw::ActivitiesService', 'Gangwerk is not set up yet.'): 'لم يتم إعداد Gangwerk بعد.',
    ('gw::ActivitiesService', 'This could not be saved. Nothing was changed. Please try again.'):
        'تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.',
    ('gw::ActivitiesService', 'You are not signed up for this activity.'): 'أنت غير مسجَّل في هذا النشاط.',
    ('gw::ActivityListModel', 'Earlier'): 'سابقًا',
    ('gw::ActivityListModel', 'This week'): 'هذا الأسبوع',
    ('gw::ActivityListModel', 'Later'): 'لاحقًا',
    ('gw::ActivityListModel', '%n coming'):
        ['سيأتي %n شخص',
         'سيأتي %n شخص',
         'سيأتي %n شخصان',
         'سيأتي %n أشخاص',
         'سيأتي %n شخصًا',
         'سيأتي %n شخص'],
    ('gw::ActivityListModel', 'Full – %n waiting'):
        ['ممتلئ – %n شخص في الانتظار',
         'ممتلئ – %n شخص في الانتظار',
         'ممتلئ – %n شخصان في الانتظار',
         'ممتلئ – %n أشخاص في الانتظار',
         'ممتلئ – %n شخصًا في الانتظار',
         'ممتلئ – %n شخص في الانتظار'],
    ('gw::ActivityListModel', 'Full'): 'ممتلئ',
    ('gw::ActivityListModel', '%1 of %2 places taken'): 'الأماكن المحجوزة: %1 من %2',
    ('gw::ActivityListModel', 'Signed up – waiting for confirmation'): 'سجّلت اسمك – بانتظار التأكيد',
    ('gw::ActivityListModel', 'You are coming'): 'ستأتي',
    ('gw::ActivityListModel', 'You are coming, together with %1'): 'ستأتي مع %1',
    ('gw::ActivityListModel', 'On the waiting list, place %1'): 'في قائمة الانتظار، رقم %1',
    ('gw::ActivityListModel', 'Counts as %1 of wederkerigheid'): 'يُحسب %1 من المساعدة المتبادلة',
    ('ActivitiesRules', 'This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.'): 'هذه غرفة الجلوس لممر آخر. اختر غرفة للجميع، أو غرفة هذا الممر.',
    ('ActivitiesRules', 'The room is already booked then. Choose another time or place.'): 'الغرفة محجوزة في هذا الوقت. اختر وقتًا أو مكانًا آخر.',
    ('ActivitiesRules', '%1, %2–%3'): '%1، %2–%3',
    ('ActivityDetail', 'Who signed up'): 'من سجّل اسمه',
    ('ActivityDetail', '%1 – came'): '%1 – حضر',
    ('ActivityDetail', '%1 – coming'): '%1 – سيأتي',
    ('ActivityDetail', '%1 – waiting list, place %2'): '%1 – قائمة الانتظار، رقم %2',
    ('ActivityDetail', '%1 – not yet confirmed'): '%1 – لم يُؤكَّد بعد',
    ('ActivityDetail', 'Who came?'): 'من حضر؟',
    ('ActivityDetail', 'Mark who came to %1'): 'حدّد من حضر %1',
    ('ActivityDetail', 'Who came to %1?'): 'من حضر %1؟',
    ('ActivityDetail', 'Everyone you tick gets the hours. You get your organising time.'): 'كل من تضع علامة عليه يحصل على الساعات. وأنت تحصل على وقت التنظيم.',
    ('ActivityDetail', 'Tick who came.'): 'ضع علامة على من حضر.',
    ('ActivityDetail', '%1 came'): '%1 حضر',
    ('ActivityDetail', 'Save'): 'حفظ',
    ('ActivityDetail', 'Save who came'): 'احفظ من حضر',
    ('ActivityDetail', 'Saved who came.'): 'تم حفظ من حضر.',
    ('MutationKinds', 'Who came, as you marked it'): 'من حضر، كما حدّدته',
    ('Mutations', 'This activity is cancelled. Nobody can be marked as present.'): 'هذا النشاط ملغى. لا يمكن تسجيل حضور أحد.',
    ('Mutations', 'This activity has not started yet. Mark who came once it has begun.'): 'هذا النشاط لم يبدأ بعد. حدّد من حضر بعد أن يبدأ.',
    ('gw::HourHistoryModel', 'Credited for an activity'): 'أُضيفت مقابل نشاط',
    # series and places by hand (issue 8)
    ('ActivitiesRules', 'Every %1, until %2'): 'كل %1، حتى %2',
    ('ActivitiesRules', 'Every other %1, until %2'): '%1 كل أسبوعين، حتى %2',
    ('ActivitiesRules', 'The first %1 of every month, until %2'): 'أول %1 من كل شهر، حتى %2',
    ('ActivitiesRules', 'The second %1 of every month, until %2'): 'ثاني %1 من كل شهر، حتى %2',
    ('ActivitiesRules', 'The third %1 of every month, until %2'): 'ثالث %1 من كل شهر، حتى %2',
    ('ActivitiesRules', 'The fourth %1 of every month, until %2'): 'رابع %1 من كل شهر، حتى %2',
    ('ActivitiesRules', 'The last %1 of every month, until %2'): 'آخر %1 من كل شهر، حتى %2',
    ('ActivitiesRules', 'Choose the last day the activity repeats.'): 'اختر آخر يوم يتكرر فيه النشاط.',
    ('ActivitiesRules', 'The last day must come after the first date. Choose a later day.'): 'يجب أن يكون اليوم الأخير بعد الموعد الأول. اختر يومًا لاحقًا.',
    ('ActivitiesRules', 'A series has at most %1 dates. Choose an earlier last day, or plan a new series later.'): 'للسلسلة %1 موعدًا على الأكثر. اختر يومًا أخيرًا أبكر، أو خطط لسلسلة جديدة لاحقًا.',
    ('ActivityDetail', 'Give a place'): 'أعطِ مكانًا',
    ('ActivityDetail', 'Give %1 a place now'): 'أعطِ %1 مكانًا الآن',
    ('ActivityDetail', '%1 has a place now and will be told.'): 'لدى %1 مكان الآن، وسيصله إشعار.',
    ('ActivityDetail', 'Only this date'): 'هذا الموعد فقط',
    ('ActivityDetail', 'This date and all later dates'): 'هذا الموعد وكل المواعيد اللاحقة',
    ('MutationKinds', 'A place you gave from the waiting list'): 'مكان أعطيته من قائمة الانتظار',
    ('Mutations', 'This activity is cancelled or over. Nobody can get a place any more.'): 'هذا النشاط أُلغي أو انتهى. لا يمكن لأحد أن يحصل على مكان بعد الآن.',
    ('Mutations', 'This activity has already started.'): 'بدأ هذا النشاط بالفعل.',
    ('Mutations', 'This neighbour is not on the waiting list (any more).'): 'هذا الجار ليس على قائمة الانتظار (بعد الآن).',
    ('gw::ActivityListModel', 'The organiser changed the series, and this date is no longer in it.'): 'غيّر المنظم السلسلة، ولم يعد هذا الموعد منها.',
    # reminders (issue 8)
    ('Reminders', '%1, %2'): '%1، %2',
    ('Reminders', 'Today: %1'): 'اليوم: %1',
    ('Reminders', 'Tomorrow: %1'): 'غدًا: %1',
    ('Reminders', '%1–%2'): '%1–%2',
    ('Reminders', 'Soon: %1'): 'بعد قليل: %1',
    ('Reminders', 'Starts at %1'): 'يبدأ الساعة %1',
    ('Reminders', 'You have a place now'): 'صار لك مكان الآن',
    ('Reminders', '%1 – %2'): '%1 – %2',
    ('Reminders', 'Cancelled: %1'): 'أُلغي: %1',
    ('Reminders', '%1. Open Gangwerk to read why.'): '%1. افتح Gangwerk لتعرف السبب.',
    # activity form and week (issue 8)
    ('gw::ActivityForm', 'Changed: %1.'): 'تم التغيير: %1.',
    ('gw::ActivityForm', 'Planned: %1. It is in the programme now.'): 'تم التخطيط: %1. هو الآن في البرنامج.',
    ('gw::ActivityWeekModel', '%1 – %2'): '%1 – %2',
    ('ActivityWeek', 'Cancelled: %1'): 'ملغى: %1',
    ('ActivityWeek', 'Opens the activity'): 'يفتح النشاط',
    ('ActivityWeek', 'Cancelled'): 'ملغى',
    ('ActivityWeek', 'Previous week'): 'الأسبوع السابق',
    ('ActivityWeek', 'This week'): 'هذا الأسبوع',
    ('ActivityWeek', 'Go to this week'): 'اذهب إلى هذا الأسبوع',
    ('ActivityWeek', 'Next week'): 'الأسبوع التالي',
    ('ActivityWeek', 'Activities in the week of %1'): 'الأنشطة في أسبوع %1',
    ('ActivityWeek', 'today'): 'اليوم',
    ('ActivityWeek', 'Nothing planned'): 'لا شيء مخطط',
    ('ActivityFormPage', '%1, hours'): '%1، الساعات',
    ('ActivityFormPage', '%1, minutes'): '%1، الدقائق',
    ('ActivityFormPage', 'All activities'): 'كل الأنشطة',
    ('ActivityFormPage', 'Back to all activities, without saving'): 'العودة إلى كل الأنشطة، بدون حفظ',
    ('ActivityFormPage', 'Change the activity'): 'تغيير النشاط',
    ('ActivityFormPage', 'Plan an activity'): 'خطّط لنشاط',
    ('ActivityFormPage', 'Everyone who signed up sees the change.'): 'كل من سجّل يرى التغيير.',
    ('ActivityFormPage', 'Your neighbours see it in the programme and can sign up.'): 'جيرانك يرونه في البرنامج ويمكنهم التسجيل.',
    ('ActivityFormPage', 'Name'): 'الاسم',
    ('ActivityFormPage', 'For example: Cooking together'): 'مثلاً: نطبخ معاً',
    ('ActivityFormPage', 'Name of the activity'): 'اسم النشاط',
    ('ActivityFormPage', 'What will you do? (optional)'): 'ماذا ستفعلون؟ (اختياري)',
    ('ActivityFormPage', 'For example: we make soup and eat together'): 'مثلاً: نطبخ الحساء ونأكل معاً',
    ('ActivityFormPage', 'Description'): 'الوصف',
    ('ActivityFormPage', 'For whom?'): 'لمن؟',
    ('ActivityFormPage', 'For whom'): 'لمن',
    ('ActivityFormPage', 'My corridor (%1)'): 'ممري (%1)',
    ('ActivityFormPage', 'Everyone in the project'): 'كل من في المشروع',
    ('ActivityFormPage', 'This stays as it was planned.'): 'هذا يبقى كما خُطّط له.',
    ('ActivityFormPage', 'Where?'): 'أين؟',
    ('ActivityFormPage', 'Choose a place'): 'اختر مكاناً',
    ('ActivityFormPage', 'Place: %1'): 'المكان: %1',
    ('ActivityFormPage', 'Which day?'): 'أي يوم؟',
    ('ActivityFormPage', 'Day: %1. Choose another day'): 'اليوم: %1. اختر يوماً آخر',
    ('ActivityFormPage', 'Starts at'): 'يبدأ الساعة',
    ('ActivityFormPage', 'Ends at'): 'ينتهي الساعة',
    ('ActivityFormPage', 'Only a limited number of places'): 'عدد محدود من الأماكن فقط',
    ('ActivityFormPage', 'Number of places'): 'عدد الأماكن',
    ('ActivityFormPage', 'places'): 'أماكن',
    ('ActivityFormPage', 'Signing up closes before the start'): 'يُغلق التسجيل قبل البداية',
    ('ActivityFormPage', 'Signing up closes on %1. Choose another day'): 'يُغلق التسجيل يوم %1. اختر يوماً آخر',
    ('ActivityFormPage', 'Signing up closes at'): 'يُغلق التسجيل الساعة',
    ('ActivityFormPage', 'Coming counts as wederkerigheid'): 'الحضور يُحسب من المساعدة المتبادلة',
    ('ActivityFormPage', 'Hours it counts for'): 'عدد الساعات المحسوبة',
    ('ActivityFormPage', 'hours'): 'ساعات',
    ('ActivityFormPage', 'Minutes it counts for'): 'عدد الدقائق المحسوبة',
    ('ActivityFormPage', 'minutes'): 'دقائق',
    ('ActivityFormPage', 'Cancel'): 'إلغاء',
    ('ActivityFormPage', 'Cancel, without saving'): 'إلغاء، بدون حفظ',
    ('ActivityFormPage', 'Save change'): 'حفظ التغيير',
    ('ActivityFormPage', 'Plan it'): 'خطّط له',
    ('ActivityFormPage', 'Saves the change to the programme.'): 'يحفظ التغيير في البرنامج.',
    ('ActivityFormPage', 'Puts the activity in the programme.'): 'يضع النشاط في البرنامج.',
    ('ActivitiesPage', 'Plan an activity'): 'خطّط لنشاط',
    ('ActivitiesPage', 'Plan the first one'): 'خطّط للنشاط الأول',
    ('ActivitiesPage', 'Plan the first activity'): 'خطّط للنشاط الأول',
    ('ActivityDetail', 'Change'): 'تغيير',
    ('ActivityDetail', 'Change %1'): 'تغيير %1',
    # calendar export (issue 8)
    ('gw::CalendarExport', 'Cancelled: %1'): 'ملغى: %1',
    ('gw::CalendarExport', 'This activity is cancelled.'): 'أُلغي هذا النشاط.',
    ('gw::CalendarExport', 'This activity is cancelled: %1'): 'أُلغي هذا النشاط: %1',
    ('gw::CalendarExport', 'You are coming, together with a neighbour.'): 'ستأتي مع أحد الجيران.',
    ('gw::CalendarExport', 'You are coming.'): 'ستأتي.',
    ('gw::CalendarExport', '%1 (waiting list, place %2)'): '%1 (قائمة الانتظار، رقم %2)',
    ('gw::CalendarExport', 'You are on the waiting list, place %1. You will hear it when a place comes free.'): 'أنت في قائمة الانتظار، رقم %1. سنخبرك عندما يصبح هناك مكان فارغ.',
    ('gw::CalendarExport', '%1 (not yet confirmed)'): '%1 (لم يتأكد بعد)',
    ('gw::CalendarExport', 'You signed up. It is confirmed when your phone has synced.'): 'لقد سجّلت. يتأكد التسجيل عندما يتزامن هاتفك.',
    ('gw::CalendarExport', 'Signed off: %1'): 'ألغيت تسجيلك: %1',
    ('gw::CalendarExport', 'You signed off from this activity.'): 'لقد ألغيت تسجيلك في هذا النشاط.',
    ('gw::CalendarExport', 'You organise this activity.'): 'أنت تنظّم هذا النشاط.',
    ('gw::CalendarExport', 'Places taken: %1 of %2. Waiting: %3.'): 'الأماكن المحجوزة: %1 من %2. في الانتظار: %3.',
    ('gw::CalendarExport', 'Coming: %1.'): 'سيأتي: %1.',
    ('gw::CalendarExport', 'Counts as %1 of wederkerigheid.'): 'يُحسب %1 من المساعدة المتبادلة.',
    ('gw::CalendarExport', 'In one hour: %1'): 'بعد ساعة: %1',
    ('gw::CalendarExport', 'Gangwerk – my activities'): 'Gangwerk – نشاطاتي',
    ('gw::CalendarExport', 'Gangwerk – programme of %1'): 'Gangwerk – برنامج %1',
    ('gw::CalendarExport', 'Gangwerk – programme of corridor %1'): 'Gangwerk – برنامج الممر %1',
    ('gw::CalendarExport', 'The calendar file could not be saved. Check that there is space on this device and try again.'): 'تعذّر حفظ ملف التقويم. تأكد من وجود مساحة كافية على هذا الجهاز وحاول مرة أخرى.',
    ('gw::CalendarExport', 'Saved as %1. There are no activities in it yet.'): 'تم الحفظ في %1. لا توجد فيه نشاطات بعد.',
    ('gw::CalendarExport', 'Saved as %1. Open this file to add %n activities to your calendar app.'): ['تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.', 'تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.', 'تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.', 'تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.', 'تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.', 'تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.'],
    ('gw::CalendarExport', 'Gangwerk is not set up yet.'): 'لم يتم إعداد Gangwerk بعد.',
    ('gw::CalendarExport', 'my activities'): 'نشاطاتي',
    ('gw::CalendarExport', 'programme'): 'البرنامج',
    ('ActivitiesPage', 'Add to my calendar'): 'أضف إلى تقويمي',
    ('ActivitiesPage', 'Add my activities to my calendar'): 'أضف نشاطاتي إلى تقويمي',
    ('ActivitiesPage', 'Export programme'): 'تصدير البرنامج',
    ('ActivitiesPage', 'Export the programme as a calendar file'): 'احفظ البرنامج كملف تقويم',
    # attendance over time (issue 8)
    ('AttendanceCard', '%1 of %2'): '%1 من %2',
    ('AttendanceCard', 'Attendance over time'): 'الحضور عبر الأشهر',
    ('AttendanceCard', 'The bar shows who came; the number, who came of who signed up.'): 'يبيّن الشريط من حضر، والرقم من حضر ممّن سجّل.',
    ('gw::ActivityAttendanceModel', 'Since %1, %2 of %3 neighbours came to at least one activity.'): 'منذ %1، حضر %2 من %3 جيران نشاطًا واحدًا على الأقل.',
    ('gw::ActivityAttendanceModel', 'Nothing took place. Cancelled: %1'): 'لم يُقَم شيء. أُلغي: %1',
    ('gw::ActivityAttendanceModel', 'No activities'): 'لا أنشطة',
    ('gw::ActivityAttendanceModel', 'Held: %1 · signed up: %2 · came: %3 · different neighbours: %4'): 'أُقيم: %1 · سجّل: %2 · حضر: %3 · جيران مختلفون: %4',
    # credit disputes (issue 8)
    ('ActivitiesRules', 'This activity does not count as hours.'): 'هذا النشاط لا يُحسب ساعات.',
    ('ActivitiesRules', 'The organiser has not marked who came yet. You can ask after that.'): 'لم يحدد المنظم بعد من حضر. يمكنك السؤال بعد ذلك.',
    ('ActivitiesRules', 'You already asked to check these hours. Please wait for the answer.'): 'لقد طلبت بالفعل التحقق من هذه الساعات. انتظر الرد من فضلك.',
    ('ActivitiesRules', 'Write in a few words what is not right.'): 'اكتب في كلمات قليلة ما هو غير صحيح.',
    ('ActivitiesRules', 'Your reason can be at most %1 characters.'): 'يمكن أن يكون سببك %1 حرفًا على الأكثر.',
    ('ActivitiesRules', 'This question does not exist (any more).'): 'هذا السؤال غير موجود (بعد الآن).',
    ('ActivitiesRules', 'Someone has already answered this question.'): 'لقد أجاب شخص ما على هذا السؤال بالفعل.',
    ('ActivitiesRules', 'This is your own question. Another organiser or the beheerder answers it.'): 'هذا سؤالك أنت. يجيب عليه منظم آخر أو الـ beheerder.',
    ('ActivitiesRules', 'Write a short answer, so that your neighbour knows why.'): 'اكتب ردًا قصيرًا، حتى يعرف جارك السبب.',
    ('ActivitiesRules', 'Your answer can be at most %1 characters.'): 'يمكن أن يكون ردك %1 حرفًا على الأكثر.',
    ('Permissions', 'You can only ask about your own hours.'): 'يمكنك السؤال عن ساعاتك أنت فقط.',
    ('Permissions', 'Only the organisers or the beheerder can answer a question about hours.'): 'المنظمون أو الـ beheerder فقط يمكنهم الرد على سؤال عن الساعات.',
    ('MutationKinds', 'Your question about your hours'): 'سؤالك عن ساعاتك',
    ('MutationKinds', 'Your answer to a question about hours'): 'ردك على سؤال عن الساعات',
    ('gw::ActivitiesService', 'You asked the organiser to check this'): 'طلبت من المنظم التحقق من هذا',
    ('gw::ActivitiesService', 'Checked: changed to %1'): 'تم التحقق: تغيّرت إلى %1',
    ('gw::ActivitiesService', 'Checked: stays — %1'): 'تم التحقق: تبقى كما هي — %1',
    ('gw::ActivitiesService', 'Not marked as present'): 'لم يُسجَّل حاضرًا',
    ('gw::ActivitiesService', 'Got %1'): 'حصل على %1',
    ('HistoryPage', 'Not right?'): 'غير صحيح؟',
    ('HistoryPage', 'Not right? Ask the organiser to check: %1'): 'غير صحيح؟ اطلب من المنظم التحقق: %1',
    ('HistoryPage', 'Ask to check your hours'): 'اطلب التحقق من ساعاتك',
    ('HistoryPage', 'How many minutes are right?'): 'كم دقيقة هي الصحيحة؟',
    ('HistoryPage', 'Minutes that are right'): 'الدقائق الصحيحة',
    ('HistoryPage', 'Why? For example: I stayed to clean up.'): 'لماذا؟ مثلًا: بقيت للتنظيف.',
    ('HistoryPage', 'Why is it not right?'): 'لماذا هو غير صحيح؟',
    ('HistoryPage', 'Cancel'): 'إلغاء',
    ('HistoryPage', 'Send'): 'إرسال',
    ('HistoryPage', 'Send the question to the organiser'): 'أرسل السؤال إلى المنظم',
    ('HistoryPage', 'Sent. The organiser will check it.'): 'تم الإرسال. سيتحقق المنظم من ذلك.',
    ('ActivityDetail', 'Questions about hours'): 'أسئلة عن الساعات',
    ('ActivityDetail', '%1 asks for %2 (%3)'): '%1 يطلب %2 (%3)',
    ('ActivityDetail', 'Accept'): 'قبول',
    ('ActivityDetail', 'Accept: give %1 %2'): 'قبول: أعطِ %1 %2',
    ('ActivityDetail', 'Accepted. %1 gets %2.'): 'تم القبول. يحصل %1 على %2.',
    ('ActivityDetail', 'Decline'): 'رفض',
    ('ActivityDetail', 'Decline the question of %1'): 'ارفض سؤال %1',
    ('ActivityDetail', 'The hours stay as they are'): 'تبقى الساعات كما هي',
    ('ActivityDetail', 'Tell %1 why.'): 'أخبر %1 بالسبب.',
    ('ActivityDetail', 'For example: you left at 19:00.'): 'مثلًا: غادرت الساعة 19:00.',
    ('ActivityDetail', 'Your answer to %1'): 'ردك على %1',
    ('ActivityDetail', 'Send answer'): 'إرسال الرد',
    ('ActivityDetail', 'Send your answer to %1'): 'أرسل ردك إلى %1',
    ('ActivityDetail', 'Sent. %1 will see your answer.'): 'تم الإرسال. سيرى %1 ردك.',

    # repeating in the form (issue 8)
    ('gw::ActivityForm', 'Only this date changes. The series stays: %1.'): 'يتغيّر هذا الموعد فقط. تبقى السلسلة كما هي: %1.',
    ('gw::ActivityForm', '%1 – %n dates from this one'): ['%1 – %n موعد من هذا الموعد', '%1 – موعد واحد من هذا الموعد', '%1 – موعدان من هذا الموعد', '%1 – %n مواعيد من هذا الموعد', '%1 – %n موعدًا من هذا الموعد', '%1 – %n موعد من هذا الموعد'],
    ('gw::ActivityForm', '%1 – %n dates'): ['%1 – %n موعد', '%1 – موعد واحد', '%1 – موعدان', '%1 – %n مواعيد', '%1 – %n موعدًا', '%1 – %n موعد'],
    ('gw::ActivityForm', 'Changed: %1, this date and the later dates.'): 'تم التغيير: %1، هذا الموعد والمواعيد اللاحقة.',
    ('gw::ActivityForm', 'Planned: %1, %n dates. They are in the programme now.'): ['تم التخطيط: %1، %n موعد. إنها في البرنامج الآن.', 'تم التخطيط: %1، موعد واحد. إنه في البرنامج الآن.', 'تم التخطيط: %1، موعدان. إنهما في البرنامج الآن.', 'تم التخطيط: %1، %n مواعيد. إنها في البرنامج الآن.', 'تم التخطيط: %1، %n موعدًا. إنها في البرنامج الآن.', 'تم التخطيط: %1، %n موعد. إنها في البرنامج الآن.'],
    ('ActivityFormPage', 'Which dates do you change?'): 'أيّ المواعيد تريد أن تغيّر؟',
    ('ActivityFormPage', 'Only this date'): 'هذا الموعد فقط',
    ('ActivityFormPage', 'This date and all later dates'): 'هذا الموعد وكل المواعيد اللاحقة',
    ('ActivityFormPage', 'Repeats'): 'التكرار',
    ('ActivityFormPage', 'Does not repeat'): 'لا يتكرر',
    ('ActivityFormPage', 'Every week'): 'كل أسبوع',
    ('ActivityFormPage', 'Every other week'): 'كل أسبوعين',
    ('ActivityFormPage', 'Every month (same week)'): 'كل شهر (في نفس الأسبوع)',
    ('ActivityFormPage', 'Repeats: %1'): 'التكرار: %1',
    ('ActivityFormPage', 'Last day'): 'آخر يوم',
    ('ActivityFormPage', 'Last day: %1. Choose another day'): 'آخر يوم: %1. اختر يومًا آخر',
    ('ActivityFormPage', 'A planned activity stays one date. To repeat it, plan a new series.'): 'النشاط المخطَّط له يبقى موعدًا واحدًا. لتكراره، خطّط لسلسلة جديدة.',

    # --- buurtdiensten (issue 9): the screens' most visible words; the rest still English ---
    ('AppShell', 'Help'): 'مساعدة',
    ('HelpBoardPage', 'Help each other'): 'نساعد بعضنا',
    ('HelpBoardPage', 'Small help between neighbours: groceries, a chat, a form.'): 'مساعدة صغيرة بين الجيران: تسوّق، حديث، استمارة.',
    ('HelpBoardPage', 'Ask or offer help'): 'اطلب مساعدة أو اعرضها',
    ('HelpBoardPage', 'Which requests and offers'): 'أي طلبات وعروض',
    ('HelpBoardPage', 'For me'): 'لي',
    ('HelpBoardPage', 'Mine'): 'ما نشرته',
    ('HelpBoardPage', 'I help'): 'أساعد فيه',
    ('HelpBoardPage', 'Overview'): 'نظرة عامة',
    ('HelpBoardPage', 'You have not asked or offered anything yet. Neighbours like to help: ask for what you need.'): 'لم تطلب أو تعرض شيئًا بعد. الجيران يحبون المساعدة: اطلب ما تحتاجه.',
    ('HelpBoardPage', 'You do not help with anything yet. Look under "For me".'): 'لا تساعد في شيء بعد. انظر في "لي".',
    ('HelpBoardPage', 'No open requests. Nothing waits for you.'): 'لا توجد طلبات مفتوحة. لا شيء ينتظرك.',
    ('HelpBoardPage', 'Nobody asks or offers anything right now.'): 'لا أحد يطلب أو يعرض شيئًا الآن.',
    ('ServiceCard', 'Nobody took this for 2 days'): 'لم يأخذ أحد هذا منذ يومين',
    ('ServiceCategory', 'Groceries'): 'التسوّق',
    ('ServiceCategory', 'A chat, a listening ear'): 'حديث، أذن صاغية',
    ('ServiceCategory', 'Computer or phone'): 'حاسوب أو هاتف',
    ('ServiceCategory', 'Letters and forms'): 'رسائل واستمارات',
    ('ServiceCategory', 'A small job'): 'عمل صغير',
    ('ServiceCategory', 'Language buddy'): 'رفيق لغة',
    ('ServiceCategory', 'Something else'): 'شيء آخر',
    ('ServiceCategory', 'It is about care or health'): 'الأمر يتعلق بالرعاية أو الصحة',
    ('ServiceCategory', 'It is about money or a bank card'): 'الأمر يتعلق بالمال أو بطاقة البنك',
    ('gw::ServicesService', 'Waiting for confirmation'): 'ينتظر التأكيد',
    ('gw::ServicesService', 'Waiting for the beheerder'): 'ينتظر المشرف الاجتماعي',
    ('gw::ServicesService', 'Counted as hours'): 'حُسبت ساعات',
    ('gw::ServicesService', 'No hours'): 'بدون ساعات',
    ('gw::ServicesService', 'A neighbour'): 'جار',
    ('gw::ServicesService', 'For a neighbour, asked by %1'): 'لجار، بطلب من %1',
    ('gw::ServicesService', 'For %1, asked by %2'): 'لـ %1، بطلب من %2',
    ('gw::ServicesService', 'Open: nobody helps yet'): 'مفتوح: لا أحد يساعد بعد',
    ('gw::ServicesService', 'Open'): 'مفتوح',
    ('gw::ServicesService', 'You help'): 'أنت تساعد',
    ('gw::ServicesService', 'You said yes to this offer'): 'قبلت هذا العرض',
    ('gw::ServicesService', '%1 helps'): '%1 يساعد',
    ('gw::ServicesService', '%1 said yes to your offer'): '%1 قبل عرضك',
    ('gw::ServicesService', 'Taken by a neighbour'): 'أخذه جار',
    ('gw::ServicesService', 'Done'): 'تم',
    ('gw::ServicesService', 'Withdrawn'): 'مسحوب',
    ('gw::ServicesService', 'Hidden by the beheerder'): 'أخفاه المشرف الاجتماعي',
    ('gw::ServicesService', 'Expired'): 'انتهت صلاحيته',
    ('gw::ServicesService', 'Please confirm the help'): 'من فضلك أكّد المساعدة',
    ('gw::ServicesService', 'Waiting for your decision'): 'ينتظر قرارك',
    ('gw::ServicesService', 'Flexible'): 'مرن',
    ('gw::ServicesService', 'Asks for help'): 'يطلب مساعدة',
    ('gw::ServicesService', 'Offers help'): 'يعرض مساعدة',
    ('gw::ServicesService', 'About %1'): 'حوالي %1',
    ('gw::ServicesService', 'Posted'): 'نُشر',
    ('gw::ServicesService', '%1 took it'): 'أخذه %1',
    ('gw::ServicesService', 'A neighbour took it'): 'أخذه جار',
    ('gw::ServicesService', 'Reported done: %1'): 'أُبلغ بالإنجاز: %1',
    ('gw::ServicesService', 'Confirmed: %1'): 'تم التأكيد: %1',
    ('gw::ServicesService', 'You'): 'أنت',
    ('gw::ServicesService', 'Not sent yet'): 'لم يُرسل بعد',
    ('ServiceDetail', 'Back to the Help board'): 'العودة إلى المساعدة',
    ('ServiceDetail', 'For the whole project'): 'للمشروع كله',
    ('ServiceDetail', 'For your corridor'): 'لممرك',
    ('ServiceDetail', 'Yes, I would like this'): 'نعم، أريد هذا',
    ('ServiceDetail', 'I will help'): 'سأساعد',
    ('ServiceDetail', 'Stand in if needed'): 'أحلّ محله عند الحاجة',
    ('ServiceDetail', 'It is done'): 'انتهيت',
    ('ServiceDetail', 'Give it back'): 'أعده',
    ('ServiceDetail', 'Put it up again'): 'انشره من جديد',
    ('ServiceDetail', 'Withdraw'): 'اسحب',
    ('ServiceDetail', 'Yes, I was helped'): 'نعم، تمت مساعدتي',
    ('ServiceDetail', 'Not right?'): 'ليس صحيحًا؟',
    ('ServiceDetail', 'Messages'): 'الرسائل',
    ('ServiceDetail', 'Only you and the other person read these. No need to share your phone number.'): 'أنت والشخص الآخر فقط تقرآن هذه الرسائل. لا حاجة لمشاركة رقم هاتفك.',
    ('ServiceDetail', 'Write a message'): 'اكتب رسالة',
    ('ServiceDetail', 'Message'): 'رسالة',
    ('ServiceDetail', 'Send'): 'أرسل',
    ('ServiceDetail', 'What happened'): 'ما حدث',
    ('ServiceFormPage', 'Offer help'): 'اعرض مساعدة',
    ('ServiceFormPage', 'Ask for help'): 'اطلب مساعدة',
    ('ServiceFormPage', 'Neighbours help with small things. It costs you nothing.'): 'الجيران يساعدون في الأشياء الصغيرة. لا يكلفك ذلك شيئًا.',
    ('ServiceFormPage', 'I would like help'): 'أريد مساعدة',
    ('ServiceFormPage', 'I can help'): 'أستطيع المساعدة',
    ('ServiceFormPage', 'What kind of help?'): 'أي نوع من المساعدة؟',
    ('ServiceFormPage', 'Choose…'): 'اختر…',
    ('ServiceFormPage', 'Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.'): 'الجيران يساعدون في الأشياء الصغيرة. في الرعاية أو الصحة أو المال يساعدك المشرف الاجتماعي. هذا أكثر أمانًا لك.',
    ('ServiceFormPage', 'The beheerder: %1'): 'المشرف الاجتماعي: %1',
    ('ServiceFormPage', 'What can you do?'): 'ماذا تستطيع أن تفعل؟',
    ('ServiceFormPage', 'What do you need?'): 'ماذا تحتاج؟',
    ('ServiceFormPage', 'When?'): 'متى؟',
    ('ServiceFormPage', 'Flexible: any time is fine'): 'مرن: أي وقت مناسب',
    ('ServiceFormPage', 'About how long?'): 'كم من الوقت تقريبًا؟',
    ('ServiceFormPage', 'Who sees it?'): 'من يراه؟',
    ('ServiceFormPage', 'My corridor'): 'ممري',
    ('ServiceFormPage', 'Everyone in the project'): 'كل من في المشروع',
    ('ServiceFormPage', 'Cancel'): 'إلغاء',
    ('ServiceFormPage', 'Offer'): 'اعرض',
    ('ServiceFormPage', 'Ask'): 'اطلب',
    ('ServiceFormPage', 'Put my offer on the board'): 'ضع عرضي على اللوحة',
    ('ServiceFormPage', 'Put my request on the board'): 'ضع طلبي على اللوحة',
    ('ServiceRules', 'Choose what kind of help it is.'): 'اختر نوع المساعدة.',
    ('ServiceRules', 'Write in a few words what it is about.'): 'اكتب ببضع كلمات عمّا يدور الأمر.',
    ('ServiceRules', 'This is your own post. A neighbour can take it.'): 'هذا منشورك. يمكن لجار أن يأخذه.',
    ('ServiceRules', 'A neighbour already took this. You can offer to stand in if they give it back.'): 'جار أخذ هذا بالفعل. يمكنك أن تعرض أن تحلّ محله إذا أعاده.',
    ('ServiceRules', 'This has expired. The person who posted it can put it up again.'): 'انتهت صلاحية هذا. يمكن لمن نشره أن ينشره من جديد.',
    ('ServiceRules', 'Neighbours help with small things. For care, health or money, the beheerder helps you further.'): 'الجيران يساعدون في الأشياء الصغيرة. في الرعاية أو الصحة أو المال يساعدك المشرف الاجتماعي.',
    ('TextAskDialog', 'Send'): 'أرسل',
    ("TextAskDialog", "How long did it take? In minutes"): "كم استغرق ذلك؟ بالدقائق",
    ('TextAskDialog', 'Minutes'): 'دقائق',
    ('TextAskDialog', 'Back'): 'رجوع',
    ('TextAskDialog', 'Which day?'): 'أي يوم؟',
    ('ServiceNotices', 'A neighbour will help you'): 'جار سيساعدك',
    ('ServiceNotices', 'Open Gangwerk to send a message.'): 'افتح Gangwerk لإرسال رسالة.',
    ('ServiceNotices', 'Your neighbour helped you'): 'ساعدك جارك',
    ('ServiceNotices', 'Please confirm the help in Gangwerk, so your neighbour gets the hours.'): 'من فضلك أكّد المساعدة في Gangwerk، ليحصل جارك على الساعات.',
    ('ServiceNotices', 'Thank you for helping'): 'شكرًا على مساعدتك',
    ('ServiceNotices', '%1 counted as your hours.'): 'حُسبت %1 من ساعاتك.',
    ('ServiceNotices', 'New message'): 'رسالة جديدة',
    ('ServiceNotices', 'You have a new message about a request for help.'): 'لديك رسالة جديدة عن طلب مساعدة.',
    ('ServiceNotices', 'Nobody took your request'): 'لم يأخذ أحد طلبك',
    ('ServiceNotices', 'It is no longer on the board. You can put it up again in Gangwerk.'): 'لم يعد على اللوحة. يمكنك نشره من جديد في Gangwerk.',
    # added: AppShell
    ("AppShell", "Signals"): "البلاغات",
    # added: EmergencyGate
    ("EmergencyGate", "Danger now? Someone hurt, fire, violence? Call 112 first."):
        "خطر الآن؟ شخص مصاب، حريق، عنف؟ اتّصل بـ 112 أولًا.",
    ("EmergencyGate", "Call 112"): "اتّصل بـ 112",
    ("EmergencyGate", "Call 112, the emergency number"): "اتّصل بـ 112، رقم الطوارئ",
    ("EmergencyGate", "Call %1 (day and night)"): "اتّصل بـ %1 (ليلًا ونهارًا)",
    ("EmergencyGate", "The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3."):
        "المكتب مغلق الآن (ساعات العمل: %1). سيقرأ المشرف الاجتماعي بلاغك عندما يفتح المكتب: %2. هل الأمر عاجل؟ اتّصل بـ %3.",
    # added: KnockOutcome
    ("KnockOutcome", "I spoke to them"): "تحدّثت مع الشخص",
    ("KnockOutcome", "Nobody answered"): "لم يفتح أحد الباب",
    ("KnockOutcome", "They asked for the beheerder"): "يريد الشخص أن يتحدّث مع المشرف الاجتماعي",
    # added: KnockTasksCard
    ("KnockTasksCard", "Knock on a door"): "طرق الباب",
    ("KnockTasksCard", "Asked by %1. How did it go?"): "بطلب من %1. كيف جرى الأمر؟",
    ("KnockTasksCard", "Thank you. The beheerder sees how it went."):
        "شكرًا لك. سيرى المشرف الاجتماعي كيف جرى الأمر.",
    # added: MutationKinds
    ("MutationKinds", "A request or offer you posted"): "طلب أو عرض نشرته",
    ("MutationKinds", "Help you took"): "مساعدة أخذتها",
    ("MutationKinds", "Your offer to stand in"): "عرضك أن تحلّ محلّ المساعِد",
    ("MutationKinds", "Help you gave back"): "مساعدة أعدتها",
    ("MutationKinds", "A request or offer you withdrew"): "طلب أو عرض سحبته",
    ("MutationKinds", "A request or offer you put up again"): "طلب أو عرض نشرته من جديد",
    ("MutationKinds", "Help you reported as done"): "مساعدة أبلغت أنها تمّت",
    ("MutationKinds", "Help you confirmed"): "مساعدة أكّدتها",
    ("MutationKinds", "Your question about help"): "سؤالك عن مساعدة",
    ("MutationKinds", "Your decision about help"): "قرارك بشأن مساعدة",
    ("MutationKinds", "A post you hid"): "منشور أخفيته",
    ("MutationKinds", "A helper you suggested"): "شخص اقترحته للمساعدة",
    ("MutationKinds", "Your message"): "رسالتك",
    ("MutationKinds", "Talents you changed"): "مواهب عدّلتها",
    ("MutationKinds", "Your signal to the beheerder"): "بلاغك إلى المشرف الاجتماعي",
    ("MutationKinds", "What you added to a signal"): "ما أضفته إلى بلاغ",
    ("MutationKinds", "A signal you opened again"): "بلاغ فتحته من جديد",
    ("MutationKinds", "A signal you started on"): "بلاغ بدأت العمل عليه",
    ("MutationKinds", "Your answer to a signal"): "ردّك على بلاغ",
    ("MutationKinds", "A signal you closed"): "بلاغ أغلقته",
    ("MutationKinds", "Signals you put together"): "بلاغات دمجتها",
    ("MutationKinds", "Your note on a signal"): "ملاحظتك على بلاغ",
    ("MutationKinds", "A knock on the door you asked for"): "طلبك أن يطرق أحد الباب",
    ("MutationKinds", "How your knock on the door went"): "كيف جرى طرقك للباب",
    ("MutationKinds", "A signal you opened"): "بلاغ فتحته",
    # added: Mutations
    ("Mutations", "This request or offer does not exist (any more)."):
        "هذا الطلب أو العرض غير موجود (أو لم يعد موجودًا).",
    ("Mutations", "This is for another corridor."): "هذا لممرّ آخر.",
    ("Mutations", "This signal does not exist (any more)."): "هذا البلاغ غير موجود (أو لم يعد موجودًا).",
    ("Mutations", "This task does not exist (any more)."): "هذه المهمة غير موجودة (أو لم تعد موجودة).",
    # added: Permissions
    ("Permissions", "Only the beheerder can suggest a helper."):
        "المشرف الاجتماعي وحده يمكنه أن يقترح شخصًا للمساعدة.",
    # added: ResidentPage
    ("ResidentPage", "Talents"): "المواهب",
    ("ResidentPage", "What %1 likes to help with. You see who fits when a neighbour asks for help."):
        "ما يحبّ %1 أن يساعد فيه. هكذا ترى من يناسب عندما يطلب جار المساعدة.",
    ("ResidentPage", "Save talents"): "حفظ المواهب",
    ("ResidentPage", "Talents saved."): "تم حفظ المواهب.",
    # added: ServiceDetail
    ("ServiceDetail", "Choose a request or offer to see it here."): "اختر طلبًا أو عرضًا لتراه هنا.",
    ("ServiceDetail", "The beheerder says: %1"): "يقول المشرف الاجتماعي: %1",
    ("ServiceDetail", "The beheerder thinks you could help with this."):
        "يظنّ المشرف الاجتماعي أنك تستطيع أن تساعد في هذا.",
    ("ServiceDetail", "Thank you! You can now send a message."): "شكرًا لك! يمكنك الآن أن ترسل رسالة.",
    ("ServiceDetail", "If the helper gives it back, it is yours."): "إذا أعاده المساعِد، يصبح لك.",
    ("ServiceDetail", "You will stand in if needed."): "ستحلّ محلّه عند الحاجة.",
    ("ServiceDetail", "Given back. A neighbour can take it now."): "تمت الإعادة. يمكن لجار أن يأخذه الآن.",
    ("ServiceDetail", "It is on the board again."): "عاد إلى اللوحة من جديد.",
    ("ServiceDetail", "Withdrawn."): "تم السحب.",
    ("ServiceDetail", "Hide this post"): "أخفِ هذا المنشور",
    ("ServiceDetail", "Help on %1: %2"): "المساعدة في %1: %2",
    ("ServiceDetail", "Thank you! The helper gets the hours."): "شكرًا لك! يحصل المساعِد على الساعات.",
    ("ServiceDetail", "Count the hours"): "احسب الساعات",
    ("ServiceDetail", "No hours"): "بدون ساعات",
    ("ServiceDetail", "Neighbours who are good at this"): "جيران يجيدون هذا",
    ("ServiceDetail", "Suggested"): "تم الاقتراح",
    ("ServiceDetail", "Suggest"): "اقترح",
    ("ServiceDetail", "Suggest %1"): "اقترح %1",
    ("ServiceDetail", "%1 will be told."): "ستصل رسالة إلى %1.",
    ("ServiceDetail", "Sent."): "تم الإرسال.",
    ("ServiceDetail", "You helped. How did it go?"): "لقد ساعدت. كيف جرى الأمر؟",
    ("ServiceDetail", "A few words (you may leave this empty)"): "بضع كلمات (يمكنك ترك هذا فارغًا)",
    ("ServiceDetail", "Report as done"): "أبلغ أنها تمّت",
    ("ServiceDetail", "Reported. Your neighbour is asked to confirm."): "تم الإبلاغ. سنطلب من جارك أن يؤكّد.",
    ("ServiceDetail", "What is not right? The beheerder will look at it."):
        "ما الذي ليس صحيحًا؟ سينظر المشرف الاجتماعي في الأمر.",
    ("ServiceDetail", "The beheerder will look at it."): "سينظر المشرف الاجتماعي في الأمر.",
    ("ServiceDetail", "Count these hours"): "احسب هذه الساعات",
    ("ServiceDetail", "A word for both of them (you may leave this empty)"):
        "كلمة لكليهما (يمكنك ترك هذا فارغًا)",
    ("ServiceDetail", "Decided."): "تم القرار.",
    ("ServiceDetail", "No hours for this help?"): "بدون ساعات لهذه المساعدة؟",
    ("ServiceDetail", "Why? Both of them read this."): "لماذا؟ سيقرأ كلاهما هذا.",
    ("ServiceDetail", "Hide this post?"): "هل تريد إخفاء هذا المنشور؟",
    ("ServiceDetail", "Why? The person who posted it reads this."): "لماذا؟ سيقرأ هذا من نشره.",
    ("ServiceDetail", "Hide"): "إخفاء",
    ("ServiceDetail", "Hidden."): "تم الإخفاء.",
    # added: ServiceFormPage
    ("ServiceFormPage", "Your offer is on the board."): "عرضك الآن على اللوحة.",
    ("ServiceFormPage", "Your request is on the board. A neighbour can take it now."):
        "طلبك الآن على اللوحة، ويمكن لجار أن يأخذه.",
    ("ServiceFormPage", "For example: I can help with a computer or phone."):
        "مثلًا: أستطيع المساعدة في الكمبيوتر أو الهاتف.",
    ("ServiceFormPage", "For example: Who can bring milk and bread on Tuesday?"):
        "مثلًا: من يستطيع أن يحضر الحليب والخبز يوم الثلاثاء؟",
    ("ServiceFormPage", "Day: %1"): "اليوم: %1",
    ("ServiceFormPage", "from %1:00"): "من %1:00",
    ("ServiceFormPage", "From (hour)"): "من (الساعة)",
    ("ServiceFormPage", "until %1:00"): "حتى %1:00",
    ("ServiceFormPage", "Until (hour)"): "حتى (الساعة)",
    ("ServiceFormPage", "Every week, for %1 weeks"): "كل أسبوع، عدد الأسابيع: %1",
    ("ServiceFormPage", "About how long? In minutes"): "كم من الوقت تقريبًا؟ بالدقائق",
    ("ServiceFormPage", "For whom?"): "لمن؟",
    ("ServiceFormPage", "For me"): "لي",
    ("ServiceFormPage", "Other neighbours do not see the name. You talk with the helper."):
        "الجيران الآخرون لا يرون الاسم. أنت تتحدّث مع المساعِد.",
    # added: ServiceNotices
    ("ServiceNotices", "A neighbour said yes to your offer"): "قبل جار عرضك",
    ("ServiceNotices", "Nobody took your offer"): "لم يأخذ أحد عرضك",
    ("ServiceNotices", "Can you help?"): "هل تستطيع أن تساعد؟",
    ("ServiceNotices", "The beheerder thinks you could help a neighbour. Have a look in Gangwerk."):
        "يظنّ المشرف الاجتماعي أنك تستطيع أن تساعد جارًا. ألقِ نظرة في Gangwerk.",
    ("ServiceNotices", "A request waits for help"): "طلب ينتظر المساعدة",
    ("ServiceNotices", "Nobody took a request for help for 2 days. Can you find someone?"):
        "منذ يومين لم يأخذ أحد طلب مساعدة. هل تستطيع أن تجد شخصًا يساعد؟",
    # added: ServiceRules
    ("ServiceRules", "The text is too long. Use at most 1000 characters."):
        "النص طويل جدًا. استخدم 1000 حرف على الأكثر.",
    ("ServiceRules", "Say how long it takes: between 5 minutes and 8 hours."):
        "قل كم يستغرق ذلك: بين 5 دقائق و8 ساعات.",
    ("ServiceRules", "The end of the time must be after its start."):
        "يجب أن يكون وقت النهاية بعد وقت البداية.",
    ("ServiceRules", "This time has passed already. Choose a later time or \"flexible\"."):
        "هذا الوقت مضى. اختر وقتًا لاحقًا أو \"مرن\".",
    ("ServiceRules", "Help that repeats needs a first day and time."):
        "المساعدة التي تتكرّر تحتاج إلى يوم ووقت للمرة الأولى.",
    ("ServiceRules", "Choose the last day it repeats."): "اختر آخر يوم تتكرّر فيه.",
    ("ServiceRules", "The last day must be after the first day."):
        "يجب أن يكون اليوم الأخير بعد اليوم الأول.",
    ("ServiceRules", "That is too many times. Choose a last day within a year."):
        "هذا عدد مرات كبير جدًا. اختر يومًا أخيرًا خلال سنة.",
    ("ServiceRules", "This was withdrawn. It is not needed any more."): "تم سحب هذا. لم يعد مطلوبًا.",
    ("ServiceRules", "The beheerder took this post away."): "أزال المشرف الاجتماعي هذا المنشور.",
    ("ServiceRules", "This help is finished already."): "هذه المساعدة انتهت بالفعل.",
    ("ServiceRules", "Nobody has taken this yet."): "لم يأخذ أحد هذا بعد.",
    ("ServiceRules", "You took this already."): "لقد أخذت هذا بالفعل.",
    ("ServiceRules", "Only the person who took this can give it back."): "من أخذ هذا وحده يمكنه أن يعيده.",
    ("ServiceRules", "Only the person who posted this can do that."): "من نشر هذا وحده يمكنه أن يفعل ذلك.",
    ("ServiceRules", "Only a post that nobody took can be put up again."):
        "لا يمكن نشر المنشور من جديد إلا إذا لم يأخذه أحد.",
    ("ServiceRules", "Only the helper can say this help is done. Maybe someone else took it over."):
        "المساعِد وحده يمكنه أن يقول إن المساعدة تمّت. ربما أخذها شخص آخر مكانه.",
    ("ServiceRules", "Choose the day you helped."): "اختر اليوم الذي ساعدت فيه.",
    ("ServiceRules", "That day has not come yet. Report it when you have helped."):
        "هذا اليوم لم يأتِ بعد. أبلغ عن ذلك بعد أن تساعد.",
    ("ServiceRules", "That is not one of the agreed days."): "هذا ليس من الأيام المتّفق عليها.",
    ("ServiceRules", "You reported this help as done already."): "لقد أبلغت من قبل أن هذه المساعدة تمّت.",
    ("ServiceRules", "Fill in at least 5 minutes."): "اكتب 5 دقائق على الأقل.",
    ("ServiceRules", "That is more than 12 hours. Fill in the time of one day."):
        "هذا أكثر من 12 ساعة. اكتب وقت يوم واحد.",
    ("ServiceRules", "The text is too long. Use at most 500 characters."):
        "النص طويل جدًا. استخدم 500 حرف على الأكثر.",
    ("ServiceRules", "Only the person who was helped can confirm this."):
        "من تلقّى المساعدة وحده يمكنه أن يؤكّد هذا.",
    ("ServiceRules", "This help was not reported."): "لم يُبلَّغ عن هذه المساعدة.",
    ("ServiceRules", "This help is confirmed or decided already."):
        "هذه المساعدة تأكّدت أو صدر قرار بشأنها بالفعل.",
    ("ServiceRules", "These hours are counted already. If they are not right, choose \"Not right?\"."):
        "هذه الساعات محسوبة بالفعل. إذا لم تكن صحيحة، اختر \"ليس صحيحًا؟\".",
    ("ServiceRules", "Write in a few words why."): "اكتب السبب في كلمات قليلة.",
    ("ServiceRules", "There is nothing to decide about this help."): "لا يوجد ما يُقرَّر بشأن هذه المساعدة.",
    ("ServiceRules", "Only the person who asked and the helper can send messages here."):
        "لا يمكن أن يرسل رسائل هنا إلا من طلب المساعدة والمساعِد.",
    ("ServiceRules", "Write a message first."): "اكتب رسالة أولًا.",
    ("ServiceRules", "The message is too long. Use at most 500 characters."):
        "الرسالة طويلة جدًا. استخدم 500 حرف على الأكثر.",
    ("ServiceRules", "This conversation is full. Talk in person or ask the beheerder."):
        "هذه المحادثة ممتلئة. تحدّثا وجهًا لوجه، أو اسأل المشرف الاجتماعي.",
    ("ServiceRules", "Choose at most 10 talents."): "اختر 10 مواهب على الأكثر.",
    ("ServiceRules", "Choose talents from the list."): "اختر المواهب من القائمة.",
    # added: SettingsPage
    ("SettingsPage", "Text size"): "حجم النص",
    ("SettingsPage", "Normal (100%)"): "عادي (100%)",
    ("SettingsPage", "Large (150%)"): "كبير (150%)",
    ("SettingsPage", "Very large (200%)"): "كبير جدًا (200%)",
    ("SettingsPage", "Your device also asks for larger text (%1%). Together the text is shown at %2%."):
        "جهازك يطلب أيضًا نصًا أكبر (%1%). معًا يظهر النص بحجم %2%.",
    ("SettingsPage", "Less movement on the screen"): "حركة أقل على الشاشة",
    ("SettingsPage", "Your device already asks for less movement; the app follows it."):
        "جهازك يطلب بالفعل حركة أقل، والتطبيق يتبعه.",
    # added: SignalCategory
    ("SignalCategory", "I have not seen someone for days"): "لم أرَ شخصًا منذ أيام",
    ("SignalCategory", "Someone keeps to themselves more and more"): "شخص ينعزل أكثر فأكثر",
    ("SignalCategory", "Someone does not take care of themselves"): "شخص لا يعتني بنفسه جيدًا",
    ("SignalCategory", "I am worried about someone's health"): "صحة شخص ما تقلقني",
    ("SignalCategory", "Nuisance"): "إزعاج",
    ("SignalCategory", "The building or safety"): "المبنى أو الأمان",
    ("SignalCategory", "Something else"): "شيء آخر",
    # added: SignalDetail
    ("SignalDetail", "Choose a signal to read it."): "اختر بلاغًا لتقرأه.",
    ("SignalDetail", "%1 · %2"): "%1 · %2",
    ("SignalDetail", "Very late"): "متأخر جدًا",
    ("SignalDetail", "Late"): "متأخر",
    ("SignalDetail", "Sent by: %1%2"): "المرسِل: %1%2",
    ("SignalDetail", "(for a neighbour who told them)"): "(نيابةً عن جار أخبره بذلك)",
    ("SignalDetail", "Noticed since %1"): "ملاحَظ منذ %1",
    ("SignalDetail", "Added later"): "أُضيف لاحقًا",
    ("SignalDetail", "Answer from the beheerder"): "ردّ المشرف الاجتماعي",
    ("SignalDetail", "Is it not solved? You can open it again until %1. Say why."):
        "لم تُحلّ المشكلة؟ يمكنك أن تفتحه من جديد حتى %1. قل لماذا.",
    ("SignalDetail", "Do you know more? Add it here."): "هل تعرف المزيد؟ أضفه هنا.",
    ("SignalDetail", "Why do you open it again?"): "لماذا تفتحه من جديد؟",
    ("SignalDetail", "What do you want to add?"): "ماذا تريد أن تضيف؟",
    ("SignalDetail", "Open it again"): "افتحه من جديد",
    ("SignalDetail", "Add"): "إضافة",
    ("SignalDetail", "Opened again."): "فُتح من جديد.",
    ("SignalDetail", "Added."): "تمت الإضافة.",
    ("SignalDetail", "Start on it"): "ابدأ العمل عليه",
    ("SignalDetail", "You are working on it."): "أنت تعمل عليه.",
    ("SignalDetail", "About the same situation"): "عن الموقف نفسه",
    ("SignalDetail", "Answer to the person who sent it"): "ردّ على من أرسله",
    ("SignalDetail", "They read this. Write no care details: those go in a note."):
        "سيقرأ المرسِل هذا. لا تكتب تفاصيل عن الرعاية: مكانها في ملاحظة.",
    ("SignalDetail", "Send answer"): "إرسال الرد",
    ("SignalDetail", "Answer sent."): "تم إرسال الرد.",
    ("SignalDetail", "How it ended"): "كيف انتهى الأمر",
    ("SignalDetail", "Close with this answer"): "أغلق مع هذا الرد",
    ("SignalDetail", "Closed. The reporter reads your answer."): "تم الإغلاق. سيقرأ المرسِل ردّك.",
    ("SignalDetail", "Notes (only beheerders read these)"): "ملاحظات (لا يقرؤها إلا المشرفون الاجتماعيون)",
    ("SignalDetail", "Write a note"): "اكتب ملاحظة",
    ("SignalDetail", "Note"): "ملاحظة",
    ("SignalDetail", "Save note"): "حفظ الملاحظة",
    ("SignalDetail", "Note saved."): "تم حفظ الملاحظة.",
    ("SignalDetail", "Knock on the door"): "طرق الباب",
    ("SignalDetail", "The gangmaker only sees the studio and the day, not this signal or who sent it."):
        "يرى منظّم الممر الاستوديو واليوم فقط، ولا يرى هذا البلاغ ولا من أرسله.",
    ("SignalDetail", "Which gangmaker"): "أيّ منظّم ممر",
    ("SignalDetail", "Studio"): "الاستوديو",
    ("SignalDetail", "Studio to knock on"): "الاستوديو الذي يُطرق بابه",
    ("SignalDetail", "Ask to knock today"): "اطلب طرق الباب اليوم",
    ("SignalDetail", "Asked. The gangmaker sees it on their phone."):
        "تم الطلب. سيرى منظّم الممر ذلك على هاتفه.",
    ("SignalDetail", "Put together with"): "ادمج مع",
    ("SignalDetail", "Put together"): "ادمج",
    ("SignalDetail", "Put together. Answers now reach both reporters."):
        "تم الدمج. تصل الردود الآن إلى كل من أرسلوا البلاغ.",
    ("SignalDetail", "Today"): "اليوم",
    ("SignalDetail", "It can wait"): "يمكن أن ينتظر",
    ("SignalDetail", "How soon"): "ما مدى الاستعجال",
    # added: SignalFormPage
    ("SignalFormPage", "Tell the beheerder"): "أخبر المشرف الاجتماعي",
    ("SignalFormPage", "Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you."):
        "هل أنت قلق على جار؟ لا يقرأ هذا إلا المشرف الاجتماعي. جارك لن يعرف أنك أنت من أرسله.",
    ("SignalFormPage", "What worries you?"): "ما الذي يقلقك؟",
    ("SignalFormPage", "About whom or where? (you may leave this empty)"):
        "عن مَن، أو أين؟ (يمكنك ترك هذا فارغًا)",
    ("SignalFormPage", "Studio number, for example 2.14"): "رقم الاستوديو، مثلًا 2.14",
    ("SignalFormPage", "Studio number"): "رقم الاستوديو",
    ("SignalFormPage", "Or a place, for example the bicycle shed"): "أو مكان، مثلًا موقف الدرّاجات",
    ("SignalFormPage", "Place"): "المكان",
    ("SignalFormPage", "Since when?"): "منذ متى؟",
    ("SignalFormPage", "I do not know"): "لا أعرف",
    ("SignalFormPage", "Today"): "اليوم",
    ("SignalFormPage", "A few days"): "بضعة أيام",
    ("SignalFormPage", "About a week"): "أسبوع تقريبًا",
    ("SignalFormPage", "A month or longer"): "شهر أو أكثر",
    ("SignalFormPage", "How soon should the beheerder react?"): "متى يجب أن يردّ المشرف الاجتماعي؟",
    ("SignalFormPage", "It can wait"): "يمكن أن ينتظر",
    ("SignalFormPage", "What did you notice?"): "ماذا لاحظت؟",
    ("SignalFormPage", "For example: I have not seen my neighbour for four days. The post is piling up."):
        "مثلًا: لم أرَ جاري منذ أربعة أيام. والبريد يتراكم.",
    ("SignalFormPage", "A neighbour told me this and asked me to pass it on"):
        "أخبرني جار بهذا وطلب مني أن أوصله",
    ("SignalFormPage", "Send to the beheerder"): "أرسل إلى المشرف الاجتماعي",
    ("SignalFormPage", "Cancel"): "إلغاء",
    # added: SignalNotices
    ("SignalNotices", "A signal for today"): "بلاغ لليوم",
    ("SignalNotices", "A neighbour asks for a reaction today. Open Gangwerk to read it."):
        "جار يطلب ردًّا اليوم. افتح Gangwerk لتقرأه.",
    ("SignalNotices", "The beheerder answered you"): "ردّ عليك المشرف الاجتماعي",
    ("SignalNotices", "Open Gangwerk to read the answer to your signal."):
        "افتح Gangwerk لتقرأ الرد على بلاغك.",
    ("SignalNotices", "Please knock on a door"): "هل يمكنك أن تطرق بابًا؟",
    ("SignalNotices", "The beheerder asks you to look in on a neighbour. Open Gangwerk to see where."):
        "يطلب منك المشرف الاجتماعي أن تطمئن على جار. افتح Gangwerk لترى أين.",
    # added: SignalOutcome
    ("SignalOutcome", "Checked in person"): "تمّ التحقّق شخصيًا",
    ("SignalOutcome", "Referred to care"): "أُحيل إلى جهة رعاية",
    ("SignalOutcome", "Nuisance procedure"): "إجراء بسبب الإزعاج",
    ("SignalOutcome", "No action needed"): "لا حاجة إلى أي إجراء",
    # added: SignalRow
    ("SignalRow", "Very late"): "متأخر جدًا",
    ("SignalRow", "Late"): "متأخر",
    ("SignalRow", "%n more about the same situation"):
        ["عن الموقف نفسه أيضًا: %n بلاغ",
         "عن الموقف نفسه أيضًا: %n بلاغ",
         "عن الموقف نفسه أيضًا: %n بلاغان",
         "عن الموقف نفسه أيضًا: %n بلاغات",
         "عن الموقف نفسه أيضًا: %n بلاغًا",
         "عن الموقف نفسه أيضًا: %n بلاغ"],
    ("SignalRow", "The beheerder answered"): "ردّ المشرف الاجتماعي",
    ("SignalRow", "Answered"): "تمّ الرد",
    # added: SignalRules
    ("SignalRules", "Choose what worries you."): "اختر ما يقلقك.",
    ("SignalRules", "Choose if it can wait or if it is for today."): "اختر: هل يمكن أن ينتظر، أم هو لليوم؟",
    ("SignalRules", "Write in a few words what you noticed."): "اكتب في كلمات قليلة ما لاحظته.",
    ("SignalRules", "The text is too long. Use at most 2000 characters."):
        "النص طويل جدًا. استخدم 2000 حرف على الأكثر.",
    ("SignalRules", "Use at most 40 characters for the studio or the place."):
        "استخدم 40 حرفًا على الأكثر للاستوديو أو المكان.",
    ("SignalRules", "That day has not come yet. Choose today or a day before."):
        "هذا اليوم لم يأتِ بعد. اختر اليوم أو يومًا قبله.",
    ("SignalRules", "This signal has not reached the beheerder yet."):
        "هذا البلاغ لم يصل إلى المشرف الاجتماعي بعد.",
    ("SignalRules", "Someone is working on this signal already."): "هناك من يعمل على هذا البلاغ بالفعل.",
    ("SignalRules", "This signal is closed already. Its reporter can open it again within 14 days."):
        "هذا البلاغ مغلق بالفعل. يمكن لمن أرسله أن يفتحه من جديد خلال 14 يومًا.",
    ("SignalRules", "This signal is handled together with another one. Do this on that signal."):
        "هذا البلاغ يُعالَج مع بلاغ آخر. افعل هذا في ذلك البلاغ.",
    ("SignalRules", "This signal is still open."): "هذا البلاغ ما زال مفتوحًا.",
    ("SignalRules", "It is more than 14 days since this signal was closed. Send a new signal."):
        "مضى أكثر من 14 يومًا على إغلاق هذا البلاغ. أرسل بلاغًا جديدًا.",
    ("SignalRules", "Choose another signal to put this one with."): "اختر بلاغًا آخر لتدمج هذا البلاغ معه.",
    ("SignalRules", "The other signal is closed or merged itself. Choose an open one."):
        "البلاغ الآخر مغلق أو مدموج بالفعل. اختر بلاغًا مفتوحًا.",
    ("SignalRules", "Choose how it ended."): "اختر كيف انتهى الأمر.",
    ("SignalRules", "Write an answer to the person who sent it."): "اكتب ردًّا لمن أرسله.",
    ("SignalRules", "Write in a few words why."): "اكتب السبب في كلمات قليلة.",
    ("SignalRules", "This signal is full. Call or visit the beheerder."):
        "هذا البلاغ ممتلئ. اتّصل بالمشرف الاجتماعي أو زره.",
    ("SignalRules", "Fill in the studio to knock on."): "اكتب الاستوديو الذي يُطرق بابه.",
    ("SignalRules", "Choose today or a day in the coming week."): "اختر اليوم أو يومًا في الأسبوع القادم.",
    ("SignalRules", "Only a gangmaker can be asked to knock on a door."):
        "يمكن أن تطلب طرق الباب من منظّم الممر فقط.",
    ("SignalRules", "How this went is written down already."): "تم تسجيل كيف جرى هذا من قبل.",
    ("SignalRules", "Choose how it went."): "اختر كيف جرى الأمر.",
    ("SignalRules", "Today"): "اليوم",
    ("SignalRules", "It can wait"): "يمكن أن ينتظر",
    ("SignalRules", "Not sent yet. It goes to the beheerder as soon as you have internet."):
        "لم يُرسَل بعد. سيصل إلى المشرف الاجتماعي عندما يتوفّر لديك الإنترنت.",
    ("SignalRules", "The beheerder has your signal and will read it."):
        "وصل بلاغك إلى المشرف الاجتماعي وسيقرؤه.",
    ("SignalRules", "The beheerder is working on it."): "المشرف الاجتماعي يعمل عليه.",
    ("SignalRules", "Closed. Thank you for paying attention."): "أُغلق. شكرًا لانتباهك.",
    ("SignalRules", "You opened it again. The beheerder will look at it again."):
        "فتحته من جديد. سينظر فيه المشرف الاجتماعي مرة أخرى.",
    # added: SignalState
    ("SignalState", "Not sent yet"): "لم يُرسَل بعد",
    ("SignalState", "New"): "جديد",
    ("SignalState", "In progress"): "قيد المعالجة",
    ("SignalState", "Closed"): "مغلق",
    ("SignalState", "Merged"): "مدموج",
    ("SignalState", "Reopened"): "أُعيد فتحه",
    # added: SignalsPage
    ("SignalsPage", "Signals"): "البلاغات",
    ("SignalsPage", "Worried about a neighbour?"): "هل أنت قلق على جار؟",
    ("SignalsPage", "Waiting too long: %1"): "تنتظر منذ وقت طويل جدًا: %1",
    ("SignalsPage", "Nothing is late."): "لا شيء متأخر.",
    ("SignalsPage", "Tell the beheerder. Only the beheerder reads it."):
        "أخبر المشرف الاجتماعي. لا يقرؤه إلا المشرف الاجتماعي.",
    ("SignalsPage", "Tell the beheerder"): "أخبر المشرف الاجتماعي",
    ("SignalsPage", "Open"): "المفتوحة",
    ("SignalsPage", "Closed"): "المغلقة",
    ("SignalsPage", "All"): "الكل",
    ("SignalsPage", "Which signals"): "أيّ البلاغات",
    ("SignalsPage", "Every corridor"): "كل الممرات",
    ("SignalsPage", "Corridor"): "الممر",
    ("SignalsPage", "Every kind"): "كل الأنواع",
    ("SignalsPage", "What it is about"): "الموضوع",
    ("SignalsPage", "Your signals"): "بلاغاتك",
    ("SignalsPage", "No signals here."): "لا توجد بلاغات هنا.",
    ("SignalsPage", "You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder."):
        "لم ترسل أي بلاغ بعد. إذا كنت قلقًا على جار، يمكنك دائمًا أن تخبر المشرف الاجتماعي.",
    ("SignalsPage", "Thank you. Your signal is saved and goes to the beheerder."):
        "شكرًا لك. تم حفظ بلاغك وسيصل إلى المشرف الاجتماعي.",
    # added: Store
    ("Store", "The data file is busy. Nothing was changed; try again."):
        "ملف البيانات مشغول الآن. لم يتغيّر شيء. حاول مرة أخرى.",
    # added: SyncStatusLine
    ("SyncStatusLine", "Sync progress"): "تقدّم المزامنة",
    # added: gw::MemberContext
    ("gw::MemberContext", "Gangwerk is not set up yet."): "لم يتم إعداد Gangwerk بعد.",
    ("gw::MemberContext", "This could not be saved. Nothing was changed. Please try again."):
        "تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
    # added: gw::ServicesService
    ("gw::ServicesService", "Not right: the beheerder looks at it"):
        "ليس صحيحًا: المشرف الاجتماعي ينظر في الأمر",
    ("gw::ServicesService", "Gangwerk is not set up yet."): "لم يتم إعداد Gangwerk بعد.",
    ("gw::ServicesService", "This could not be saved. Nothing was changed. Please try again."):
        "تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
    ("gw::ServicesService", "Choose a day, or \"flexible\"."): "اختر يومًا، أو \"مرن\".",
    ("gw::ServicesService", "Decided: no hours"): "القرار: بدون ساعات",
    # added: gw::SignalsService
    ("gw::SignalsService", "You"): "أنت",
    ("gw::SignalsService", "A neighbour"): "جار",
    ("gw::SignalsService", "%1, %2–%3"): "%1، %2–%3",
    ("gw::SignalsService", "Studio %1"): "استوديو %1",
    ("gw::SignalsService", "Studio %1, %2"): "استوديو %1، %2",
    ("gw::SignalsService", "Answer before %1"): "الرد قبل %1",
    ("gw::SignalsService", "The reporter"): "من أرسل البلاغ",
    ("gw::SignalsService", "Not sent yet"): "لم يُرسَل بعد",
    ("gw::SignalsService", "Forgotten: it was closed long ago"): "لم يعد معروفًا: أُغلق منذ وقت طويل",
    ("gw::SignalsService", "Forgotten"): "لم يعد معروفًا",
    ("gw::SignalsService", "Handled together with: %1, %2"): "يُعالَج مع: %1، %2",
    ("gw::SignalsService", "%1 knocks on studio %2 on %3"): "%1 يطرق باب الاستوديو %2 يوم %3",
    ("gw::SignalsService", "Not done yet"): "لم يتمّ بعد",
    ("gw::SignalsService", "today"): "اليوم",
    ("gw::SignalsService", "Please knock on studio %1 %2 and see how they are."):
        "من فضلك اطرق باب الاستوديو %1 (%2) واطمئن أن كل شيء بخير.",
    # added: gw::sync::SyncEngine
    ("gw::sync::SyncEngine", "The server is busy right now. Nothing was changed; try again in a minute."):
        "الخادم مشغول جدًا الآن. لم يتغيّر شيء. حاول مرة أخرى بعد دقيقة.",
    ("gw::sync::SyncEngine", "The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment."):
        "الخادم مشغول جدًا الآن. تعديلاتك آمنة على هذا الجهاز، وسيحاول Gangwerk مرة أخرى بعد قليل.",
    # added: gw::sync::SyncStatus
    ("gw::sync::SyncStatus", "Bringing your project's data to this device: %1 of %2 (%3%)"):
        "جارٍ نقل بيانات مشروعك إلى هذا الجهاز: %1 من %2 (%3%)",
    ("ServiceDetail", "Help"): "مساعدة",
    ("SignalDetail", "Signals"): "البلاغات",
    ("SignalDetail", "Back to the signals"): "العودة إلى البلاغات",
}
