<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>What your neighbours organise. Sign up, alone or together with a neighbour.</source>
            <translation>ما ينظّمه جيرانك. سجّل اسمك وحدك أو مع جار.</translation>
        </message>
        <message>
            <source>Which activities</source>
            <translation>أيّ الأنشطة</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>القادمة</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>أنشطتي</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>السابقة</translation>
        </message>
        <message>
            <source>You have not signed up for anything yet. Look under “Coming up”.</source>
            <translation>لم تسجّل اسمك في أي نشاط بعد. انظر في «القادمة».</translation>
        </message>
        <message>
            <source>No activities in the last two months.</source>
            <translation>لا توجد أنشطة في الشهرين الماضيين.</translation>
        </message>
        <message>
            <source>No activities planned yet. Your corridor is waiting for the first one.</source>
            <translation>لا توجد أنشطة مخطَّطة بعد. ممرّك ينتظر النشاط الأول.</translation>
        </message>
        <message>
            <source>No activities yet. Ask your gangmaker what is coming.</source>
            <translation>لا توجد أنشطة بعد. اسأل منظّم الممر عمّا هو قادم.</translation>
        </message>
        <message>
            <source>Choose an activity to see what it is and to sign up.</source>
            <translation>اختر نشاطًا لترى ما هو ولتسجّل اسمك فيه.</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>خطّط لنشاط</translation>
        </message>
        <message>
            <source>Plan the first one</source>
            <translation>خطّط للنشاط الأول</translation>
        </message>
        <message>
            <source>Plan the first activity</source>
            <translation>خطّط للنشاط الأول</translation>
        </message>
        <message>
            <source>Add to my calendar</source>
            <translation>أضف إلى تقويمي</translation>
        </message>
        <message>
            <source>Add my activities to my calendar</source>
            <translation>أضف نشاطاتي إلى تقويمي</translation>
        </message>
        <message>
            <source>Export programme</source>
            <translation>تصدير البرنامج</translation>
        </message>
        <message>
            <source>Export the programme as a calendar file</source>
            <translation>احفظ البرنامج كملف تقويم</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesRules</name>
        <message>
            <source>Only an activity that counts as hours gives time.</source>
            <translation>لا يعطي وقتًا إلا النشاط الذي يُحسب من الساعات.</translation>
        </message>
        <message>
            <source>%1 is already booked then for “%2” (%3). Choose another time or place.</source>
            <translation>%1 محجوز في ذلك الوقت لنشاط «%2» (%3). اختر وقتًا أو مكانًا آخر.</translation>
        </message>
        <message>
            <source>This activity is cancelled. You cannot sign up for it.</source>
            <translation>أُلغي هذا النشاط. لا يمكنك أن تسجّل اسمك فيه.</translation>
        </message>
        <message>
            <source>This activity has already started. You cannot sign up for it any more.</source>
            <translation>بدأ هذا النشاط بالفعل. لم يعد يمكنك أن تسجّل اسمك فيه.</translation>
        </message>
        <message>
            <source>Signing up for this activity has closed. Ask the organiser if you still want to come.</source>
            <translation>انتهى وقت التسجيل في هذا النشاط. إذا كنت ما زلت تريد أن تأتي، فاسأل المنظّم.</translation>
        </message>
        <message>
            <source>You are already signed up for this activity (or your neighbour is).</source>
            <translation>أنت مسجَّل في هذا النشاط بالفعل (أو جارك مسجَّل فيه).</translation>
        </message>
        <message>
            <source>Choose a neighbour to come with, or come alone.</source>
            <translation>اختر جارًا يأتي معك، أو تعالَ وحدك.</translation>
        </message>
        <message>
            <source>%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>%1 هي الغرفة المشتركة لممرّ آخر. اختر غرفة للجميع، أو غرفة هذا الممر.</translation>
        </message>
        <message>
            <source>Give the activity a name, for example “Cooking together”.</source>
            <translation>أعطِ النشاط اسمًا، مثلًا «الطبخ معًا».</translation>
        </message>
        <message>
            <source>The name is too long. Use at most %1 characters.</source>
            <translation>الاسم طويل جدًا. استخدم %1 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>The description is too long. Use at most %1 characters.</source>
            <translation>الوصف طويل جدًا. استخدم %1 حرف على الأكثر.</translation>
        </message>
        <message>
            <source>Choose where the activity takes place.</source>
            <translation>اختر مكان النشاط.</translation>
        </message>
        <message>
            <source>This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>هذه غرفة الجلوس لممر آخر. اختر غرفة للجميع، أو غرفة هذا الممر.</translation>
        </message>
        <message>
            <source>Choose the day and time it starts.</source>
            <translation>اختر اليوم والوقت الذي يبدأ فيه النشاط.</translation>
        </message>
        <message>
            <source>This time has passed. Choose a time that is still to come.</source>
            <translation>هذا الوقت مضى. اختر وقتًا لم يأتِ بعد.</translation>
        </message>
        <message>
            <source>Choose an end after the start.</source>
            <translation>اختر وقت نهاية بعد وقت البداية.</translation>
        </message>
        <message>
            <source>An activity lasts at most %1 hours. Plan a longer one as two activities.</source>
            <translation>يستمر النشاط %1 ساعة على الأكثر. إذا كان أطول، فخطّط له كنشاطين.</translation>
        </message>
        <message>
            <source>Choose between 1 and %1 places, or no limit.</source>
            <translation>اختر عدد الأماكن المتاحة: من 1 إلى %1، أو بلا حدّ.</translation>
        </message>
        <message>
            <source>Signing up must close before the activity starts.</source>
            <translation>يجب أن ينتهي التسجيل قبل أن يبدأ النشاط.</translation>
        </message>
        <message>
            <source>Choose how long counts as hours: between 5 minutes and %1 hours.</source>
            <translation>اختر المدة التي تُحسب من الساعات: بين 5 دقائق و%1 ساعات.</translation>
        </message>
        <message>
            <source>The room is already booked then. Choose another time or place.</source>
            <translation>الغرفة محجوزة في هذا الوقت. اختر وقتًا أو مكانًا آخر.</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1، %2–%3</translation>
        </message>
        <message>
            <source>Every %1, until %2</source>
            <translation>كل %1، حتى %2</translation>
        </message>
        <message>
            <source>Every other %1, until %2</source>
            <translation>%1 كل أسبوعين، حتى %2</translation>
        </message>
        <message>
            <source>The last %1 of every month, until %2</source>
            <translation>آخر %1 من كل شهر، حتى %2</translation>
        </message>
        <message>
            <source>Choose the last day the activity repeats.</source>
            <translation>اختر آخر يوم يتكرر فيه النشاط.</translation>
        </message>
        <message>
            <source>The last day must come after the first date. Choose a later day.</source>
            <translation>يجب أن يكون اليوم الأخير بعد الموعد الأول. اختر يومًا لاحقًا.</translation>
        </message>
        <message>
            <source>A series has at most %1 dates. Choose an earlier last day, or plan a new series later.</source>
            <translation>للسلسلة %1 موعدًا على الأكثر. اختر يومًا أخيرًا أبكر، أو خطط لسلسلة جديدة لاحقًا.</translation>
        </message>
        <message>
            <source>The first %1 of every month, until %2</source>
            <translation>أول %1 من كل شهر، حتى %2</translation>
        </message>
        <message>
            <source>The second %1 of every month, until %2</source>
            <translation>ثاني %1 من كل شهر، حتى %2</translation>
        </message>
        <message>
            <source>The third %1 of every month, until %2</source>
            <translation>ثالث %1 من كل شهر، حتى %2</translation>
        </message>
        <message>
            <source>The fourth %1 of every month, until %2</source>
            <translation>رابع %1 من كل شهر، حتى %2</translation>
        </message>
        <message>
            <source>This activity does not count as hours.</source>
            <translation>هذا النشاط لا يُحسب ساعات.</translation>
        </message>
        <message>
            <source>The organiser has not marked who came yet. You can ask after that.</source>
            <translation>لم يحدد المنظم بعد من حضر. يمكنك السؤال بعد ذلك.</translation>
        </message>
        <message>
            <source>You already asked to check these hours. Please wait for the answer.</source>
            <translation>لقد طلبت بالفعل التحقق من هذه الساعات. انتظر الرد من فضلك.</translation>
        </message>
        <message>
            <source>Write in a few words what is not right.</source>
            <translation>اكتب في كلمات قليلة ما هو غير صحيح.</translation>
        </message>
        <message>
            <source>Your reason can be at most %1 characters.</source>
            <translation>يمكن أن يكون سببك %1 حرفًا على الأكثر.</translation>
        </message>
        <message>
            <source>This question does not exist (any more).</source>
            <translation>هذا السؤال غير موجود (بعد الآن).</translation>
        </message>
        <message>
            <source>Someone has already answered this question.</source>
            <translation>لقد أجاب شخص ما على هذا السؤال بالفعل.</translation>
        </message>
        <message>
            <source>This is your own question. Another organiser or the beheerder answers it.</source>
            <translation>هذا سؤالك أنت. يجيب عليه منظم آخر أو الـ beheerder.</translation>
        </message>
        <message>
            <source>Write a short answer, so that your neighbour knows why.</source>
            <translation>اكتب ردًا قصيرًا، حتى يعرف جارك السبب.</translation>
        </message>
        <message>
            <source>Your answer can be at most %1 characters.</source>
            <translation>يمكن أن يكون ردك %1 حرفًا على الأكثر.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>You organise this</source>
            <translation>أنت تنظّم هذا</translation>
        </message>
        <message>
            <source>%1 · for everyone</source>
            <translation>%1 · للجميع</translation>
        </message>
    </context>
    <context>
        <name>ActivityDetail</name>
        <message>
            <source>You signed up together with %1. You will see here when it is confirmed.</source>
            <translation>سجّلت اسمك مع %1. سترى هنا عندما يتأكّد التسجيل.</translation>
        </message>
        <message>
            <source>You signed up. You will see here when it is confirmed.</source>
            <translation>سجّلت اسمك. سترى هنا عندما يتأكّد التسجيل.</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>كل الأنشطة</translation>
        </message>
        <message>
            <source>Back to all activities</source>
            <translation>العودة إلى كل الأنشطة</translation>
        </message>
        <message>
            <source>%1 · for everyone in the project</source>
            <translation>%1 · لكل من في المشروع</translation>
        </message>
        <message>
            <source>%1 · for your corridor</source>
            <translation>%1 · لممرّك</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>أُلغي هذا النشاط: %1</translation>
        </message>
        <message>
            <source>When someone signs off, the first on the list gets the place. You will see it here.</source>
            <translation>عندما يلغي أحد تسجيله، يحصل أول شخص في القائمة على المكان. سترى ذلك هنا.</translation>
        </message>
        <message>
            <source>Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.</source>
            <translation>يرسل هاتفك التسجيل عندما يتوفّر الإنترنت. يعطي الخادم الأماكن حسب ترتيب وصول التسجيلات.</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>انضمّ إلى قائمة الانتظار</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>سجّل اسمك</translation>
        </message>
        <message>
            <source>Join the waiting list for %1</source>
            <translation>انضمّ إلى قائمة الانتظار لنشاط %1</translation>
        </message>
        <message>
            <source>Sign up for %1</source>
            <translation>سجّل اسمك في نشاط %1</translation>
        </message>
        <message>
            <source>Come with a neighbour…</source>
            <translation>تعالَ مع جار…</translation>
        </message>
        <message>
            <source>Sign up together with a neighbour for %1</source>
            <translation>سجّل اسمك مع جار في نشاط %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>ألغِ تسجيلك</translation>
        </message>
        <message>
            <source>Sign off from %1</source>
            <translation>ألغِ تسجيلك في نشاط %1</translation>
        </message>
        <message>
            <source>You signed off. Your place goes to the next person on the waiting list.</source>
            <translation>ألغيت تسجيلك. يذهب مكانك إلى الشخص التالي في قائمة الانتظار.</translation>
        </message>
        <message>
            <source>Cancel activity…</source>
            <translation>ألغِ النشاط…</translation>
        </message>
        <message>
            <source>Cancel %1</source>
            <translation>ألغِ نشاط %1</translation>
        </message>
        <message>
            <source>Come with a neighbour</source>
            <translation>تعالَ مع جار</translation>
        </message>
        <message>
            <source>You both get a place, or you wait together. Ask your neighbour first.</source>
            <translation>تحصلان كلاكما على مكان، أو تنتظران معًا. اسأل جارك أولًا.</translation>
        </message>
        <message>
            <source>Choose a neighbour</source>
            <translation>اختر جارًا</translation>
        </message>
        <message>
            <source>Neighbour to come with</source>
            <translation>الجار الذي يأتي معك</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Sign up together</source>
            <translation>سجّل مع جارك</translation>
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation>هل تريد إلغاء نشاط %1؟</translation>
        </message>
        <message>
            <source>Everyone who signed up is told, with your reason.</source>
            <translation>سيعرف كل من سجّل اسمه بالإلغاء، مع السبب الذي تكتبه.</translation>
        </message>
        <message>
            <source>Why, in a few words</source>
            <translation>لماذا؟ في كلمات قليلة</translation>
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation>سبب الإلغاء</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>أبقِه</translation>
        </message>
        <message>
            <source>Keep the activity</source>
            <translation>أبقِ النشاط</translation>
        </message>
        <message>
            <source>Cancel activity</source>
            <translation>ألغِ النشاط</translation>
        </message>
        <message>
            <source>The activity is cancelled. Everyone who signed up will see why.</source>
            <translation>أُلغي النشاط. سيرى كل من سجّل اسمه السبب.</translation>
        </message>
        <message>
            <source>Who signed up</source>
            <translation>من سجّل اسمه</translation>
        </message>
        <message>
            <source>%1 – came</source>
            <translation>%1 – حضر</translation>
        </message>
        <message>
            <source>%1 – coming</source>
            <translation>%1 – سيأتي</translation>
        </message>
        <message>
            <source>%1 – waiting list, place %2</source>
            <translation>%1 – قائمة الانتظار، رقم %2</translation>
        </message>
        <message>
            <source>%1 – not yet confirmed</source>
            <translation>%1 – لم يُؤكَّد بعد</translation>
        </message>
        <message>
            <source>Who came?</source>
            <translation>من حضر؟</translation>
        </message>
        <message>
            <source>Mark who came to %1</source>
            <translation>حدّد من حضر %1</translation>
        </message>
        <message>
            <source>Who came to %1?</source>
            <translation>من حضر %1؟</translation>
        </message>
        <message>
            <source>Everyone you tick gets the hours. You get your organising time.</source>
            <translation>كل من تضع علامة عليه يحصل على الساعات. وأنت تحصل على وقت التنظيم.</translation>
        </message>
        <message>
            <source>Tick who came.</source>
            <translation>ضع علامة على من حضر.</translation>
        </message>
        <message>
            <source>%1 came</source>
            <translation>%1 حضر</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Save who came</source>
            <translation>احفظ من حضر</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>تم حفظ من حضر.</translation>
        </message>
        <message>
            <source>Give a place</source>
            <translation>أعطِ مكانًا</translation>
        </message>
        <message>
            <source>Give %1 a place now</source>
            <translation>أعطِ %1 مكانًا الآن</translation>
        </message>
        <message>
            <source>%1 has a place now and will be told.</source>
            <translation>لدى %1 مكان الآن، وسيصله إشعار.</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>هذا الموعد فقط</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>هذا الموعد وكل المواعيد اللاحقة</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تغيير</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>تغيير %1</translation>
        </message>
        <message>
            <source>Questions about hours</source>
            <translation>أسئلة عن الساعات</translation>
        </message>
        <message>
            <source>%1 asks for %2 (%3)</source>
            <translation>%1 يطلب %2 (%3)</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>قبول</translation>
        </message>
        <message>
            <source>Accept: give %1 %2</source>
            <translation>قبول: أعطِ %1 %2</translation>
        </message>
        <message>
            <source>Accepted. %1 gets %2.</source>
            <translation>تم القبول. يحصل %1 على %2.</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>رفض</translation>
        </message>
        <message>
            <source>Decline the question of %1</source>
            <translation>ارفض سؤال %1</translation>
        </message>
        <message>
            <source>The hours stay as they are</source>
            <translation>تبقى الساعات كما هي</translation>
        </message>
        <message>
            <source>Tell %1 why.</source>
            <translation>أخبر %1 بالسبب.</translation>
        </message>
        <message>
            <source>For example: you left at 19:00.</source>
            <translation>مثلًا: غادرت الساعة 19:00.</translation>
        </message>
        <message>
            <source>Your answer to %1</source>
            <translation>ردك على %1</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>إرسال الرد</translation>
        </message>
        <message>
            <source>Send your answer to %1</source>
            <translation>أرسل ردك إلى %1</translation>
        </message>
        <message>
            <source>Sent. %1 will see your answer.</source>
            <translation>تم الإرسال. سيرى %1 ردك.</translation>
        </message>
    </context>
    <context>
        <name>ActivityFormPage</name>
        <message>
            <source>%1, hours</source>
            <translation>%1، الساعات</translation>
        </message>
        <message>
            <source>%1, minutes</source>
            <translation>%1، الدقائق</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>كل الأنشطة</translation>
        </message>
        <message>
            <source>Back to all activities, without saving</source>
            <translation>العودة إلى كل الأنشطة، بدون حفظ</translation>
        </message>
        <message>
            <source>Change the activity</source>
            <translation>تغيير النشاط</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>خطّط لنشاط</translation>
        </message>
        <message>
            <source>Everyone who signed up sees the change.</source>
            <translation>كل من سجّل يرى التغيير.</translation>
        </message>
        <message>
            <source>Your neighbours see it in the programme and can sign up.</source>
            <translation>جيرانك يرونه في البرنامج ويمكنهم التسجيل.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>For example: Cooking together</source>
            <translation>مثلاً: نطبخ معاً</translation>
        </message>
        <message>
            <source>Name of the activity</source>
            <translation>اسم النشاط</translation>
        </message>
        <message>
            <source>What will you do? (optional)</source>
            <translation>ماذا ستفعلون؟ (اختياري)</translation>
        </message>
        <message>
            <source>For example: we make soup and eat together</source>
            <translation>مثلاً: نطبخ الحساء ونأكل معاً</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>الوصف</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>لمن؟</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>لمن</translation>
        </message>
        <message>
            <source>My corridor (%1)</source>
            <translation>ممري (%1)</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>كل من في المشروع</translation>
        </message>
        <message>
            <source>This stays as it was planned.</source>
            <translation>هذا يبقى كما خُطّط له.</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>أين؟</translation>
        </message>
        <message>
            <source>Choose a place</source>
            <translation>اختر مكاناً</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>المكان: %1</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>أي يوم؟</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>اليوم: %1. اختر يوماً آخر</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>يبدأ الساعة</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>ينتهي الساعة</translation>
        </message>
        <message>
            <source>Only a limited number of places</source>
            <translation>عدد محدود من الأماكن فقط</translation>
        </message>
        <message>
            <source>Number of places</source>
            <translation>عدد الأماكن</translation>
        </message>
        <message>
            <source>places</source>
            <translation>أماكن</translation>
        </message>
        <message>
            <source>Signing up closes before the start</source>
            <translation>يُغلق التسجيل قبل البداية</translation>
        </message>
        <message>
            <source>Signing up closes on %1. Choose another day</source>
            <translation>يُغلق التسجيل يوم %1. اختر يوماً آخر</translation>
        </message>
        <message>
            <source>Signing up closes at</source>
            <translation>يُغلق التسجيل الساعة</translation>
        </message>
        <message>
            <source>Coming counts as wederkerigheid</source>
            <translation>الحضور يُحسب من المساعدة المتبادلة</translation>
        </message>
        <message>
            <source>Hours it counts for</source>
            <translation>عدد الساعات المحسوبة</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>ساعات</translation>
        </message>
        <message>
            <source>Minutes it counts for</source>
            <translation>عدد الدقائق المحسوبة</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>دقائق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancel, without saving</source>
            <translation>إلغاء، بدون حفظ</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>حفظ التغيير</translation>
        </message>
        <message>
            <source>Plan it</source>
            <translation>خطّط له</translation>
        </message>
        <message>
            <source>Saves the change to the programme.</source>
            <translation>يحفظ التغيير في البرنامج.</translation>
        </message>
        <message>
            <source>Puts the activity in the programme.</source>
            <translation>يضع النشاط في البرنامج.</translation>
        </message>
        <message>
            <source>Which dates do you change?</source>
            <translation>أيّ المواعيد تريد أن تغيّر؟</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>هذا الموعد فقط</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>هذا الموعد وكل المواعيد اللاحقة</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>التكرار</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>لا يتكرر</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>كل أسبوع</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>كل أسبوعين</translation>
        </message>
        <message>
            <source>Every month (same week)</source>
            <translation>كل شهر (في نفس الأسبوع)</translation>
        </message>
        <message>
            <source>Repeats: %1</source>
            <translation>التكرار: %1</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>آخر يوم</translation>
        </message>
        <message>
            <source>Last day: %1. Choose another day</source>
            <translation>آخر يوم: %1. اختر يومًا آخر</translation>
        </message>
    </context>
    <context>
        <name>ActivityWeek</name>
        <message>
            <source>Cancelled: %1</source>
            <translation>ملغى: %1</translation>
        </message>
        <message>
            <source>Opens the activity</source>
            <translation>يفتح النشاط</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ملغى</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>الأسبوع السابق</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>Go to this week</source>
            <translation>اذهب إلى هذا الأسبوع</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>الأسبوع التالي</translation>
        </message>
        <message>
            <source>Activities in the week of %1</source>
            <translation>الأنشطة في أسبوع %1</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>لا شيء مخطط</translation>
        </message>
    </context>
    <context>
        <name>AppShell</name>
        <message>
            <source>Gangwerk</source>
            <translation>Gangwerk</translation>
        </message>
        <message>
            <source>Demo: the data here is made up.</source>
            <translation>تجربة: البيانات هنا غير حقيقية.</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>الرئيسية</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>تسجيل الساعات</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ساعاتي</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>السكان</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>الأنشطة</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>البلاغات</translation>
        </message>
        <message>
            <source>More</source>
            <translation>المزيد</translation>
        </message>
        <message>
            <source>Opens a list of the other screens</source>
            <translation>يفتح قائمة بالشاشات الأخرى</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCard</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
        </message>
        <message>
            <source>Attendance over time</source>
            <translation>الحضور عبر الأشهر</translation>
        </message>
        <message>
            <source>The bar shows who came; the number, who came of who signed up.</source>
            <translation>يبيّن الشريط من حضر، والرقم من حضر ممّن سجّل.</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Neighbour service</source>
            <translation>خدمة للجيران</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>نشاط</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>لجنة</translation>
        </message>
        <message>
            <source>Garden and building</source>
            <translation>الحديقة والمبنى</translation>
        </message>
        <message>
            <source>Language and lessons</source>
            <translation>اللغة والدروس</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
    </context>
    <context>
        <name>DayPicker</name>
        <message>
            <source>Choose a day</source>
            <translation>اختر يومًا</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>الشهر السابق</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>الشهر التالي</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>DeviceLine</name>
        <message>
            <source>this device</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>بانتظار الإرسال</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>فصل %1</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>never</source>
            <translation>لم يحدث بعد</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>أمس</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>قبل %n يوم</numerusform>
                <numerusform>قبل %n يوم</numerusform>
                <numerusform>قبل %n يومين</numerusform>
                <numerusform>قبل %n أيام</numerusform>
                <numerusform>قبل %n يومًا</numerusform>
                <numerusform>قبل %n يوم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisconnectDialog</name>
        <message>
            <source>%1 of %2 is disconnected.</source>
            <translation>تم فصل %1 الخاص بـ %2.</translation>
        </message>
        <message>
            <source>Disconnect %1?</source>
            <translation>هل تريد فصل %1؟</translation>
        </message>
        <message>
            <source>This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.</source>
            <translation>بعد ذلك لن يستطيع هذا الجهاز الخاص بـ %1 أن يرى أو يرسل أي شيء. تبقى ساعات %1 محفوظة. لاستخدام Gangwerk على هذا الجهاز من جديد، تلزم دعوة جديدة.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>فصل</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>فصل %1</translation>
        </message>
    </context>
    <context>
        <name>EmergencyGate</name>
        <message>
            <source>Danger now? Someone hurt, fire, violence? Call 112 first.</source>
            <translation>خطر الآن؟ شخص مصاب، حريق، عنف؟ اتّصل بـ 112 أولًا.</translation>
        </message>
        <message>
            <source>Call 112</source>
            <translation>اتّصل بـ 112</translation>
        </message>
        <message>
            <source>Call 112, the emergency number</source>
            <translation>اتّصل بـ 112، رقم الطوارئ</translation>
        </message>
        <message>
            <source>Call %1 (day and night)</source>
            <translation>اتّصل بـ %1 (ليلًا ونهارًا)</translation>
        </message>
        <message>
            <source>The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3.</source>
            <translation>المكتب مغلق الآن (ساعات العمل: %1). سيقرأ المشرف الاجتماعي بلاغك عندما يفتح المكتب: %2. هل الأمر عاجل؟ اتّصل بـ %3.</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <source>Connect to your housing project</source>
            <translation>اتّصل بمشروعك السكني</translation>
        </message>
        <message>
            <source>Your beheerder gives you a server address and an invite code. You only do this once on this device.</source>
            <translation>يعطيك المشرف الاجتماعي عنوان الخادم ورمز الدعوة. تفعل هذا مرة واحدة فقط على هذا الجهاز.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <source>Starts with https://. An address with http:// only works for a test server on this computer.</source>
            <translation>يبدأ بـ https://. العنوان الذي يبدأ بـ http:// يعمل فقط مع خادم تجريبي على هذا الكمبيوتر.</translation>
        </message>
        <message>
            <source>Invite code</source>
            <translation>رمز الدعوة</translation>
        </message>
        <message>
            <source>Name of this device</source>
            <translation>اسم هذا الجهاز</translation>
        </message>
        <message>
            <source>So you and your beheerder can recognise it later.</source>
            <translation>حتى تعرفه أنت والمشرف الاجتماعي لاحقًا.</translation>
        </message>
        <message>
            <source>Your name (if you want)</source>
            <translation>اسمك (إن أردت)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>اسمك</translation>
        </message>
        <message>
            <source>Leave it empty if your beheerder already wrote down your name.</source>
            <translation>اترك هذه الخانة فارغة إذا كان المشرف الاجتماعي قد كتب اسمك من قبل.</translation>
        </message>
        <message>
            <source>Connecting… This can take a moment.</source>
            <translation>جارٍ الاتصال… قد يستغرق هذا لحظة.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>اتصال</translation>
        </message>
        <message>
            <source>Connects this device to your housing project.</source>
            <translation>يربط هذا الجهاز بمشروعك السكني.</translation>
        </message>
        <message>
            <source>Got a link or a QR code from your beheerder? Open it on this device: everything is filled in.</source>
            <translation>هل وصلك رابط أو رمز QR من المشرف الاجتماعي؟ افتحه على هذا الجهاز، وستُملأ كل الخانات لك.</translation>
        </message>
        <message>
            <source>Capital letters, spaces and dashes do not matter. You can also paste the invite link here.</source>
            <translation>لا تهمّ الأحرف الكبيرة ولا المسافات ولا الشرطات. يمكنك أيضًا لصق رابط الدعوة هنا.</translation>
        </message>
    </context>
    <context>
        <name>HelpBoardPage</name>
        <message>
            <source>Help each other</source>
            <translation>نساعد بعضنا</translation>
        </message>
        <message>
            <source>Small help between neighbours: groceries, a chat, a form.</source>
            <translation>مساعدة صغيرة بين الجيران: تسوّق، حديث، استمارة.</translation>
        </message>
        <message>
            <source>Ask or offer help</source>
            <translation>اطلب مساعدة أو اعرضها</translation>
        </message>
        <message>
            <source>Which requests and offers</source>
            <translation>أي طلبات وعروض</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>لي</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>ما نشرته</translation>
        </message>
        <message>
            <source>I help</source>
            <translation>أساعد فيه</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>نظرة عامة</translation>
        </message>
        <message>
            <source>You have not asked or offered anything yet. Neighbours like to help: ask for what you need.</source>
            <translation>لم تطلب أو تعرض شيئًا بعد. الجيران يحبون المساعدة: اطلب ما تحتاجه.</translation>
        </message>
        <message>
            <source>You do not help with anything yet. Look under "For me".</source>
            <translation>لا تساعد في شيء بعد. انظر في "لي".</translation>
        </message>
        <message>
            <source>No open requests. Nothing waits for you.</source>
            <translation>لا توجد طلبات مفتوحة. لا شيء ينتظرك.</translation>
        </message>
        <message>
            <source>Nobody asks or offers anything right now.</source>
            <translation>لا أحد يطلب أو يعرض شيئًا الآن.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Your hours</source>
            <translation>ساعاتي</translation>
        </message>
        <message>
            <source>Everything you logged. Changes stay visible, so it is always clear what happened.</source>
            <translation>كل ما سجّلته. التعديلات تبقى ظاهرة، حتى يكون واضحًا دائمًا ما حدث.</translation>
        </message>
        <message>
            <source>No hours logged yet. When you log hours, you will see them here.</source>
            <translation>لم تسجّل أي ساعات بعد. عندما تسجّل ساعات، ستراها هنا.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1، %2، %3</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>معدَّل</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>لم يُرسَل بعد</translation>
        </message>
        <message>
            <source>Stored on this device, not sent to your project yet</source>
            <translation>محفوظ على هذا الجهاز، ولم يُرسَل إلى مشروعك بعد</translation>
        </message>
        <message>
            <source>Not accepted by your project.</source>
            <translation>لم يقبله مشروعك.</translation>
        </message>
        <message>
            <source>Change or remove: %1</source>
            <translation>تعديل أو حذف: %1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Change this entry</source>
            <translation>تعديل هذا التسجيل</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Remove this entry</source>
            <translation>حذف هذا التسجيل</translation>
        </message>
        <message>
            <source>Remove this entry?</source>
            <translation>هل تريد حذف هذا التسجيل؟</translation>
        </message>
        <message>
            <source>The hours no longer count. The entry stays in your history, crossed out.</source>
            <translation>لن تُحسب هذه الساعات بعد الآن. يبقى التسجيل في سجلّك، وعليه خط.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>أبقِه</translation>
        </message>
        <message>
            <source>Removed. The entry stays in your history, crossed out.</source>
            <translation>تم الحذف. يبقى التسجيل في سجلّك، وعليه خط.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>غير صحيح؟</translation>
        </message>
        <message>
            <source>Not right? Ask the organiser to check: %1</source>
            <translation>غير صحيح؟ اطلب من المنظم التحقق: %1</translation>
        </message>
        <message>
            <source>Ask to check your hours</source>
            <translation>اطلب التحقق من ساعاتك</translation>
        </message>
        <message>
            <source>How many minutes are right?</source>
            <translation>كم دقيقة هي الصحيحة؟</translation>
        </message>
        <message>
            <source>Minutes that are right</source>
            <translation>الدقائق الصحيحة</translation>
        </message>
        <message>
            <source>Why? For example: I stayed to clean up.</source>
            <translation>لماذا؟ مثلًا: بقيت للتنظيف.</translation>
        </message>
        <message>
            <source>Why is it not right?</source>
            <translation>لماذا هو غير صحيح؟</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>إرسال</translation>
        </message>
        <message>
            <source>Send the question to the organiser</source>
            <translation>أرسل السؤال إلى المنظم</translation>
        </message>
        <message>
            <source>Sent. The organiser will check it.</source>
            <translation>تم الإرسال. سيتحقق المنظم من ذلك.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it.</source>
            <translation>ساعاتك متوقفة مؤقتًا حتى %1. اعتنِ بنفسك جيدًا. وإذا ساعدت أحدًا، يمكنك أن تسجّل ذلك.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this month.</source>
            <translation>لقد نجحت! شكرًا لك على كل ما فعلته لجيرانك هذا الشهر.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this week.</source>
            <translation>لقد نجحت! شكرًا لك على كل ما فعلته لجيرانك هذا الأسبوع.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يومان. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n أيام. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يومًا. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الشهر بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يومان. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n أيام. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يومًا. حتى العمل الصغير لجارك يُحسب.</numerusform>
                <numerusform>لم تسجّل شيئًا هذا الأسبوع بعد، ولا بأس في ذلك. بقي لك %n يوم. حتى العمل الصغير لجارك يُحسب.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps.</source>
            <translation>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد.</numerusform>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد.</numerusform>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n يومان. كل ساعة تساعد.</numerusform>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n أيام. كل ساعة تساعد.</numerusform>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n يومًا. كل ساعة تساعد.</numerusform>
                <numerusform>أحسنت حتى الآن! بقي %1، وأمامك %n يوم. كل ساعة تساعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hi %1!</source>
            <translation>مرحبًا يا %1!</translation>
        </message>
        <message>
            <source>Hi!</source>
            <translation>مرحبًا!</translation>
        </message>
        <message>
            <source>%1 · your hours are paused</source>
            <translation>%1 · ساعاتك متوقفة مؤقتًا</translation>
        </message>
        <message>
            <source>%1 · asked: %2</source>
            <translation>%1 · المطلوب: %2</translation>
        </message>
        <message>
            <source>You look after %1</source>
            <translation>أنت ترعى %1</translation>
        </message>
        <message>
            <source>The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours.</source>
            <translation>الساعات مطلوبة من السكان. في صفحة «السكان» ترى وضع كل شخص، ويمكنك أن توقف ساعات أحدهم مؤقتًا.</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>السكان</translation>
        </message>
        <message>
            <source>Opens the overview of all residents' hours.</source>
            <translation>يفتح ملخّص ساعات جميع السكان.</translation>
        </message>
        <message>
            <source>This month: %1</source>
            <translation>هذا الشهر: %1</translation>
        </message>
        <message>
            <source>This week: %1</source>
            <translation>هذا الأسبوع: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>متوقف مؤقتًا</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>من %1</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>تقدّمك</translation>
        </message>
        <message>
            <source>%1 done. Your hours are paused until %2.</source>
            <translation>أنجزت %1. ساعاتك متوقفة مؤقتًا حتى %2.</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>أنجزت %1 من %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>المُنجَز</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>متوقف حتى</translation>
        </message>
        <message>
            <source>Still to go</source>
            <translation>المتبقّي</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>الأيام المتبقّية</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>الخطوة التالية</translation>
        </message>
        <message numerus="yes">
            <source>Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back.</source>
            <translation>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى.</numerusform>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى.</numerusform>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يومان كحدّ أقصى.</numerusform>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n أيام كحدّ أقصى.</numerusform>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يومًا كحدّ أقصى.</numerusform>
                <numerusform>هل ساعدت أحدًا؟ سجّل ذلك الآن، ما دمت تتذكّره جيدًا. يمكنك تسجيل ساعات مضى عليها %n يوم كحدّ أقصى.</numerusform>
            </translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>سجّل الساعات</translation>
        </message>
        <message>
            <source>Opens the form to log the hours you gave.</source>
            <translation>يفتح النموذج لتسجيل الساعات التي قدّمتها.</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>All hours</source>
            <translation>كل الساعات</translation>
        </message>
        <message>
            <source>Show all your hours</source>
            <translation>اعرض كل ساعاتك</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>ربما يحتاج إلى حديث</translation>
        </message>
        <message>
            <source>In %1, everyone did at least half of what was asked so far.</source>
            <translation>في %1 أنجز الجميع نصف المطلوب حتى الآن على الأقل.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>و%n آخرين</numerusform>
                <numerusform>وشخص آخر (%n)</numerusform>
                <numerusform>وشخصان آخران (%n)</numerusform>
                <numerusform>و%n آخرين</numerusform>
                <numerusform>و%n آخرين</numerusform>
                <numerusform>و%n آخرين</numerusform>
            </translation>
        </message>
        <message>
            <source>In %1, they did less than half of what was asked so far: %2.</source>
            <translation>في %1 أنجز هؤلاء أقل من نصف المطلوب حتى الآن: %2.</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>اعرضهم</translation>
        </message>
        <message>
            <source>Show the residents who may need a conversation</source>
            <translation>اعرض السكان الذين ربما يحتاجون إلى حديث</translation>
        </message>
    </context>
    <context>
        <name>HoursRules</name>
        <message>
            <source>Choose the day you helped.</source>
            <translation>اختر اليوم الذي ساعدت فيه.</translation>
        </message>
        <message>
            <source>This day is in the future. Log hours after you did them.</source>
            <translation>هذا اليوم لم يأتِ بعد. سجّل الساعات بعد أن تقوم بها.</translation>
        </message>
        <message numerus="yes">
            <source>This day is more than %n days ago. Ask your beheerder to add it.</source>
            <translation>
                <numerusform>مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
                <numerusform>مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
                <numerusform>مضى على هذا اليوم أكثر من %n يومين. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
                <numerusform>مضى على هذا اليوم أكثر من %n أيام. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
                <numerusform>مضى على هذا اليوم أكثر من %n يومًا. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
                <numerusform>مضى على هذا اليوم أكثر من %n يوم. اطلب من المشرف الاجتماعي أن يضيف هذه الساعات.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Log at least %n minutes.</source>
            <translation>
                <numerusform>سجّل %n دقيقة على الأقل.</numerusform>
                <numerusform>سجّل %n دقيقة على الأقل.</numerusform>
                <numerusform>سجّل %n دقيقتين على الأقل.</numerusform>
                <numerusform>سجّل %n دقائق على الأقل.</numerusform>
                <numerusform>سجّل %n دقيقة على الأقل.</numerusform>
                <numerusform>سجّل %n دقيقة على الأقل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One entry can be at most %n hours. Split a longer day into parts.</source>
            <translation>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.</numerusform>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.</numerusform>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعتين. قسّم اليوم الطويل إلى أجزاء.</numerusform>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعات. قسّم اليوم الطويل إلى أجزاء.</numerusform>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.</numerusform>
                <numerusform>التسجيل الواحد لا يزيد عن %n ساعة. قسّم اليوم الطويل إلى أجزاء.</numerusform>
            </translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total. You can add %2 more on this day.</source>
            <translation>لا يمكن أن يزيد مجموع اليوم الواحد عن %1 ساعة. ما زال يمكنك أن تضيف %2 في هذا اليوم.</translation>
        </message>
        <message>
            <source>Choose what kind of help it was.</source>
            <translation>اختر نوع المساعدة.</translation>
        </message>
        <message numerus="yes">
            <source>The note is too long. Use at most %n characters.</source>
            <translation>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر.</numerusform>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر.</numerusform>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n حرفين على الأكثر.</numerusform>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n أحرف على الأكثر.</numerusform>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n حرفًا على الأكثر.</numerusform>
                <numerusform>الملاحظة طويلة جدًا. استخدم %n حرف على الأكثر.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry does not exist (any more).</source>
            <translation>هذا التسجيل غير موجود (أو لم يعد موجودًا).</translation>
        </message>
        <message>
            <source>You can only change your own hours.</source>
            <translation>يمكنك أن تعدّل ساعاتك أنت فقط.</translation>
        </message>
        <message>
            <source>This entry was removed. Log the hours again instead.</source>
            <translation>هذا التسجيل محذوف. سجّل الساعات من جديد بدلًا من ذلك.</translation>
        </message>
        <message>
            <source>This entry was already changed. Change the newest version instead.</source>
            <translation>هذا التسجيل عُدِّل من قبل. عدّل النسخة الأحدث بدلًا منه.</translation>
        </message>
        <message>
            <source>This entry is too long ago to change. Ask your beheerder to change it.</source>
            <translation>هذا التسجيل قديم جدًا ولا يمكن تعديله. اطلب من المشرف الاجتماعي أن يعدّله.</translation>
        </message>
        <message>
            <source>This removal does not match the entry it removes. Nothing was changed.</source>
            <translation>هذا الحذف لا يطابق التسجيل الذي يحذفه. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total.</source>
            <translation>لا يمكن أن يزيد مجموع اليوم الواحد عن %1 ساعة.</translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n ساعة</numerusform>
                <numerusform>%n ساعة</numerusform>
                <numerusform>%n ساعتان</numerusform>
                <numerusform>%n ساعات</numerusform>
                <numerusform>%n ساعة</numerusform>
                <numerusform>%n ساعة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقتان</numerusform>
                <numerusform>%n دقائق</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>hours, then minutes: 2 h 30 min</comment>
            <translation>%1 و%2</translation>
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Living here means helping each other</source>
            <translation>العيش هنا يعني أن نساعد بعضنا بعضًا</translation>
        </message>
        <message>
            <source>In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid.</source>
            <translation>في مشروعك السكني، يساعد الجيران بعضهم بعضًا. يطلب مشروعك من الجميع بضع ساعات في الشهر. نسمّي ذلك المساعدة المتبادلة (wederkerigheid).</translation>
        </message>
        <message>
            <source>What counts</source>
            <translation>ما الذي يُحسب؟</translation>
        </message>
        <message>
            <source>Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too.</source>
            <translation>التسوّق لجار، حديث ودّي، مساعدة في استمارة أو في الكمبيوتر، الطبخ معًا، العمل في الحديقة، اجتماع السكان. الأشياء الصغيرة تُحسب أيضًا.</translation>
        </message>
        <message>
            <source>Your hours, safe on this device</source>
            <translation>ساعاتك آمنة على هذا الجهاز</translation>
        </message>
        <message>
            <source>You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them.</source>
            <translation>أنت تكتب الساعات التي قدّمتها. تبقى مقفلة على هذا الجهاز، ولا تُشارَك إلا مع المشرف الاجتماعي. جيرانك لا يرونها.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>الخطوة %1 من %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطٍّ</translation>
        </message>
        <message>
            <source>Skip the introduction</source>
            <translation>تخطّي المقدّمة</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>ابدأ</translation>
        </message>
    </context>
    <context>
        <name>InviteLink</name>
        <message>
            <source>This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>هذا ليس رابط دعوة من Gangwerk. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.</translation>
        </message>
        <message>
            <source>This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>لا يحتوي رابط الدعوة هذا على عنوان صالح. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.</translation>
        </message>
        <message>
            <source>This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>لا يحتوي رابط الدعوة هذا على رمز صالح. اطلب رابطًا جديدًا من المشرف الاجتماعي، أو اكتب العنوان والرمز بنفسك.</translation>
        </message>
    </context>
    <context>
        <name>KnockOutcome</name>
        <message>
            <source>I spoke to them</source>
            <translation>تحدّثت مع الشخص</translation>
        </message>
        <message>
            <source>Nobody answered</source>
            <translation>لم يفتح أحد الباب</translation>
        </message>
        <message>
            <source>They asked for the beheerder</source>
            <translation>يريد الشخص أن يتحدّث مع المشرف الاجتماعي</translation>
        </message>
    </context>
    <context>
        <name>KnockTasksCard</name>
        <message>
            <source>Knock on a door</source>
            <translation>طرق الباب</translation>
        </message>
        <message>
            <source>Asked by %1. How did it go?</source>
            <translation>بطلب من %1. كيف جرى الأمر؟</translation>
        </message>
        <message>
            <source>Thank you. The beheerder sees how it went.</source>
            <translation>شكرًا لك. سيرى المشرف الاجتماعي كيف جرى الأمر.</translation>
        </message>
    </context>
    <context>
        <name>LogHoursPage</name>
        <message>
            <source>Change an entry</source>
            <translation>تعديل تسجيل</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>تسجيل الساعات</translation>
        </message>
        <message>
            <source>Your old entry stays in your history, crossed out, so everything stays clear.</source>
            <translation>يبقى تسجيلك القديم في سجلّك وعليه خط، حتى يبقى كل شيء واضحًا.</translation>
        </message>
        <message>
            <source>Thank you for helping! Fill in what you did.</source>
            <translation>شكرًا لأنك ساعدت! اكتب ما فعلته.</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>أي يوم؟</translation>
        </message>
        <message>
            <source>How long?</source>
            <translation>كم من الوقت؟</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>الساعات</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>ساعة</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>الدقائق</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>دقيقة</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>ما نوع المساعدة؟</translation>
        </message>
        <message>
            <source>Kind of help</source>
            <translation>نوع المساعدة</translation>
        </message>
        <message>
            <source>What did you do? (optional)</source>
            <translation>ماذا فعلت؟ (اختياري)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 of %2 characters used</source>
            <translation>الأحرف المستخدمة: %1 من %2</translation>
        </message>
        <message>
            <source>For example: groceries for a neighbour</source>
            <translation>مثلًا: التسوّق لجار</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>حفظ التعديل</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Stores these hours on this device.</source>
            <translation>يحفظ هذه الساعات على هذا الجهاز.</translation>
        </message>
        <message>
            <source>Another day…</source>
            <translation>يوم آخر…</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>اليوم: %1. اختر يومًا آخر</translation>
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
            <translation>جارٍ فتح بياناتك…</translation>
        </message>
        <message>
            <source>Gangwerk keeps your hours safe and encrypted on this device.</source>
            <translation>يحفظ Gangwerk ساعاتك بأمان، ومشفّرة، على هذا الجهاز.</translation>
        </message>
        <message>
            <source>Gangwerk cannot open your data</source>
            <translation>لا يستطيع Gangwerk فتح بياناتك</translation>
        </message>
        <message>
            <source>Nothing was changed or deleted. If this keeps happening, ask your beheerder for help.</source>
            <translation>لم يتغيّر أي شيء ولم يُحذف أي شيء. إذا تكرّر هذا، اطلب المساعدة من المشرف الاجتماعي.</translation>
        </message>
    </context>
    <context>
        <name>MemberRow</name>
        <message>
            <source>gangmaker</source>
            <translation>منظّم الممر</translation>
        </message>
        <message>
            <source>%1 done, hours paused until %2</source>
            <translation>تم إنجاز %1، والساعات متوقفة مؤقتًا حتى %2</translation>
        </message>
        <message>
            <source>%1 done</source>
            <translation>تم إنجاز %1</translation>
        </message>
        <message>
            <source>Hours paused until %1</source>
            <translation>الساعات متوقفة مؤقتًا حتى %1</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>تعديل التوقّف</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>تعديل التوقّف المؤقت لـ %1</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>إيقاف ساعات %1 مؤقتًا</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>ربما يحتاج إلى حديث</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>لم يتّصل بعد</translation>
        </message>
        <message>
            <source>studio %1</source>
            <translation>استوديو %1</translation>
        </message>
    </context>
    <context>
        <name>MonthChart</name>
        <message>
            <source>Your hours in the last 12 months</source>
            <translation>ساعاتك في آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>Hours you gave</source>
            <translation>الساعات التي قدّمتها</translation>
        </message>
        <message>
            <source>Hours asked by your project</source>
            <translation>الساعات التي يطلبها مشروعك</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a month.</source>
            <translation>استخدم مفاتيح الأسهم لاختيار شهر.</translation>
        </message>
    </context>
    <context>
        <name>MonthReport</name>
        <message>
            <source>Corridor</source>
            <translation>الممر</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Minutes done</source>
            <translation>الدقائق المنجزة</translation>
        </message>
        <message>
            <source>Minutes asked</source>
            <translation>الدقائق المطلوبة</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>المنجز</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>المطلوب</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>متوقّف حتى</translation>
        </message>
        <message>
            <source>Wederkerigheid: %1, %2</source>
            <translation>المساعدة المتبادلة (wederkerigheid): %1، %2</translation>
        </message>
        <message>
            <source>%1 residents. Together %2 done of %3 asked. %4 paused.</source>
            <translation>%1 ساكنًا. معًا أُنجز %2 من %3 مطلوبة. %4 في توقّف مؤقت.</translation>
        </message>
        <message>
            <source>Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.</source>
            <translation>أُعدّ بواسطة Gangwerk. الساعات سبب للحديث مع شخص ما، وليست للمقارنة بين الناس أبدًا.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be made.</source>
            <translation>لا يمكن إنشاء المجلد %1.</translation>
        </message>
        <message>
            <source>The report could not be saved (%1).</source>
            <translation>تعذّر حفظ التقرير (%1).</translation>
        </message>
    </context>
    <context>
        <name>MutationKinds</name>
        <message>
            <source>Hours you logged</source>
            <translation>ساعات سجّلتها</translation>
        </message>
        <message>
            <source>A pause of someone's hours</source>
            <translation>إيقاف مؤقت لساعات شخص ما</translation>
        </message>
        <message>
            <source>A change</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>A device you disconnected</source>
            <translation>جهاز فصلته</translation>
        </message>
        <message>
            <source>An activity you planned</source>
            <translation>نشاط خطّطت له</translation>
        </message>
        <message>
            <source>An activity you cancelled</source>
            <translation>نشاط ألغيته</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>تسجيلك في نشاط</translation>
        </message>
        <message>
            <source>Your sign-off</source>
            <translation>إلغاء تسجيلك في نشاط</translation>
        </message>
        <message>
            <source>Who came, as you marked it</source>
            <translation>من حضر، كما حدّدته</translation>
        </message>
        <message>
            <source>A place you gave from the waiting list</source>
            <translation>مكان أعطيته من قائمة الانتظار</translation>
        </message>
        <message>
            <source>Your question about your hours</source>
            <translation>سؤالك عن ساعاتك</translation>
        </message>
        <message>
            <source>Your answer to a question about hours</source>
            <translation>ردك على سؤال عن الساعات</translation>
        </message>
        <message>
            <source>A request or offer you posted</source>
            <translation>طلب أو عرض نشرته</translation>
        </message>
        <message>
            <source>Help you took</source>
            <translation>مساعدة أخذتها</translation>
        </message>
        <message>
            <source>Your offer to stand in</source>
            <translation>عرضك أن تحلّ محلّ المساعِد</translation>
        </message>
        <message>
            <source>Help you gave back</source>
            <translation>مساعدة أعدتها</translation>
        </message>
        <message>
            <source>A request or offer you withdrew</source>
            <translation>طلب أو عرض سحبته</translation>
        </message>
        <message>
            <source>A request or offer you put up again</source>
            <translation>طلب أو عرض نشرته من جديد</translation>
        </message>
        <message>
            <source>Help you reported as done</source>
            <translation>مساعدة أبلغت أنها تمّت</translation>
        </message>
        <message>
            <source>Help you confirmed</source>
            <translation>مساعدة أكّدتها</translation>
        </message>
        <message>
            <source>Your question about help</source>
            <translation>سؤالك عن مساعدة</translation>
        </message>
        <message>
            <source>Your decision about help</source>
            <translation>قرارك بشأن مساعدة</translation>
        </message>
        <message>
            <source>A post you hid</source>
            <translation>منشور أخفيته</translation>
        </message>
        <message>
            <source>A helper you suggested</source>
            <translation>شخص اقترحته للمساعدة</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>رسالتك</translation>
        </message>
        <message>
            <source>Talents you changed</source>
            <translation>مواهب عدّلتها</translation>
        </message>
        <message>
            <source>Your signal to the beheerder</source>
            <translation>بلاغك إلى المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>What you added to a signal</source>
            <translation>ما أضفته إلى بلاغ</translation>
        </message>
        <message>
            <source>A signal you opened again</source>
            <translation>بلاغ فتحته من جديد</translation>
        </message>
        <message>
            <source>A signal you started on</source>
            <translation>بلاغ بدأت العمل عليه</translation>
        </message>
        <message>
            <source>Your answer to a signal</source>
            <translation>ردّك على بلاغ</translation>
        </message>
        <message>
            <source>A signal you closed</source>
            <translation>بلاغ أغلقته</translation>
        </message>
        <message>
            <source>Signals you put together</source>
            <translation>بلاغات دمجتها</translation>
        </message>
        <message>
            <source>Your note on a signal</source>
            <translation>ملاحظتك على بلاغ</translation>
        </message>
        <message>
            <source>A knock on the door you asked for</source>
            <translation>طلبك أن يطرق أحد الباب</translation>
        </message>
        <message>
            <source>How your knock on the door went</source>
            <translation>كيف جرى طرقك للباب</translation>
        </message>
        <message>
            <source>A signal you opened</source>
            <translation>بلاغ فتحته</translation>
        </message>
    </context>
    <context>
        <name>Mutations</name>
        <message>
            <source>This member is not part of your project.</source>
            <translation>هذا الساكن ليس من مشروعك.</translation>
        </message>
        <message>
            <source>A pause cannot end before today. Choose a later date, or lift the pause.</source>
            <translation>لا يمكن أن ينتهي التوقّف قبل اليوم. اختر تاريخًا لاحقًا، أو أنهِ التوقّف.</translation>
        </message>
        <message>
            <source>This device is not part of your project.</source>
            <translation>هذا الجهاز ليس من مشروعك.</translation>
        </message>
        <message>
            <source>You are using this device now. You cannot disconnect it from here.</source>
            <translation>أنت تستخدم هذا الجهاز الآن. لا يمكنك فصله من هنا.</translation>
        </message>
        <message>
            <source>This activity does not exist (any more).</source>
            <translation>هذا النشاط غير موجود (أو لم يعد موجودًا).</translation>
        </message>
        <message>
            <source>This activity is for another corridor.</source>
            <translation>هذا النشاط لممرّ آخر.</translation>
        </message>
        <message>
            <source>An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.</source>
            <translation>يبقى النشاط للممر الذي خُطّط له. ألغِه وخطّط لنشاط جديد بدلًا منه.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. It cannot be changed any more.</source>
            <translation>أُلغي هذا النشاط أو انتهى. لم يعد يمكن تعديله.</translation>
        </message>
        <message>
            <source>An activity has at most 4 organisers.</source>
            <translation>للنشاط 4 منظّمين على الأكثر.</translation>
        </message>
        <message>
            <source>Say in a few words why it is cancelled, so that the people who signed up know.</source>
            <translation>اكتب في كلمات قليلة سبب الإلغاء، حتى يعرفه من سجّلوا أسماءهم.</translation>
        </message>
        <message>
            <source>This activity is over. It cannot be cancelled.</source>
            <translation>انتهى هذا النشاط. لا يمكن إلغاؤه.</translation>
        </message>
        <message>
            <source>This sign-up does not exist (any more).</source>
            <translation>هذا التسجيل غير موجود (أو لم يعد موجودًا).</translation>
        </message>
        <message>
            <source>This activity has already started. Tell the organiser if you cannot stay.</source>
            <translation>بدأ هذا النشاط بالفعل. إذا كنت لا تستطيع البقاء، فأخبر المنظّم.</translation>
        </message>
        <message>
            <source>This activity is cancelled. Nobody can be marked as present.</source>
            <translation>هذا النشاط ملغى. لا يمكن تسجيل حضور أحد.</translation>
        </message>
        <message>
            <source>This activity has not started yet. Mark who came once it has begun.</source>
            <translation>هذا النشاط لم يبدأ بعد. حدّد من حضر بعد أن يبدأ.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. Nobody can get a place any more.</source>
            <translation>هذا النشاط أُلغي أو انتهى. لا يمكن لأحد أن يحصل على مكان بعد الآن.</translation>
        </message>
        <message>
            <source>This activity has already started.</source>
            <translation>بدأ هذا النشاط بالفعل.</translation>
        </message>
        <message>
            <source>This neighbour is not on the waiting list (any more).</source>
            <translation>هذا الجار ليس على قائمة الانتظار (بعد الآن).</translation>
        </message>
        <message>
            <source>This request or offer does not exist (any more).</source>
            <translation>هذا الطلب أو العرض غير موجود (أو لم يعد موجودًا).</translation>
        </message>
        <message>
            <source>This is for another corridor.</source>
            <translation>هذا لممرّ آخر.</translation>
        </message>
        <message>
            <source>This signal does not exist (any more).</source>
            <translation>هذا البلاغ غير موجود (أو لم يعد موجودًا).</translation>
        </message>
        <message>
            <source>This task does not exist (any more).</source>
            <translation>هذه المهمة غير موجودة (أو لم تعد موجودة).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>The pause could not be saved. Please try again.</source>
            <translation>تعذّر حفظ التوقّف المؤقت. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>The pause for %1 is lifted.</source>
            <translation>انتهى التوقّف المؤقت لـ %1.</translation>
        </message>
        <message>
            <source>%1's hours are paused until %2.</source>
            <translation>ساعات %1 متوقفة مؤقتًا حتى %2.</translation>
        </message>
        <message>
            <source>Pause hours for %1</source>
            <translation>إيقاف ساعات %1 مؤقتًا</translation>
        </message>
        <message>
            <source>The hours of %1 are paused until %2. Choose a new date, or lift the pause.</source>
            <translation>ساعات %1 متوقفة مؤقتًا حتى %2. اختر تاريخًا جديدًا، أو أنهِ التوقّف.</translation>
        </message>
        <message>
            <source>During a pause, %1 is not asked to do hours. Hours they still log keep counting.</source>
            <translation>أثناء التوقّف، لا نطلب من %1 أي ساعات. والساعات التي تُسجَّل رغم ذلك تبقى محسوبة.</translation>
        </message>
        <message>
            <source>Keep it until %1, as it is now</source>
            <translation>أبقِه كما هو: حتى %1</translation>
        </message>
        <message>
            <source>Until the end of this month (%1)</source>
            <translation>حتى نهاية هذا الشهر (%1)</translation>
        </message>
        <message>
            <source>Until the end of next month (%1)</source>
            <translation>حتى نهاية الشهر القادم (%1)</translation>
        </message>
        <message>
            <source>For a number of weeks</source>
            <translation>لعدد من الأسابيع</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>عدد الأسابيع</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s), until %1</source>
            <translation>
                <numerusform>%n أسبوع، حتى %1</numerusform>
                <numerusform>%n أسبوع، حتى %1</numerusform>
                <numerusform>%n أسبوعان، حتى %1</numerusform>
                <numerusform>%n أسابيع، حتى %1</numerusform>
                <numerusform>%n أسبوعًا، حتى %1</numerusform>
                <numerusform>%n أسبوع، حتى %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lift the pause: hours are asked again from today</source>
            <translation>إنهاء التوقّف: الساعات مطلوبة من جديد ابتداءً من اليوم</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Lift pause</source>
            <translation>إنهاء التوقّف</translation>
        </message>
        <message>
            <source>Keep pause</source>
            <translation>إبقاء التوقّف</translation>
        </message>
        <message>
            <source>Extend pause</source>
            <translation>تمديد التوقّف</translation>
        </message>
        <message>
            <source>Shorten pause</source>
            <translation>تقصير التوقّف</translation>
        </message>
        <message>
            <source>Pause hours</source>
            <translation>إيقاف الساعات مؤقتًا</translation>
        </message>
        <message>
            <source>Reason (optional, only the beheerder sees it)</source>
            <translation>السبب (اختياري، يراه المشرف الاجتماعي فقط)</translation>
        </message>
        <message>
            <source>Reason for the pause, optional. Only the beheerder sees it.</source>
            <translation>سبب التوقّف المؤقت، اختياري. يراه المشرف الاجتماعي فقط.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>You can only log your own hours.</source>
            <translation>يمكنك أن تسجّل ساعاتك أنت فقط.</translation>
        </message>
        <message>
            <source>Only a beheerder can credit hours for an activity or a service.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يحتسب ساعات لنشاط أو لخدمة.</translation>
        </message>
        <message>
            <source>Only the beheerder sees everyone's hours.</source>
            <translation>المشرف الاجتماعي وحده يرى ساعات الجميع.</translation>
        </message>
        <message>
            <source>Only a beheerder can pause a requirement.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يوقف الساعات المطلوبة من شخص مؤقتًا.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see this.</source>
            <translation>لا يرى هذا إلا الساكن نفسه والمشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only the beheerder sees the reason for a pause.</source>
            <translation>المشرف الاجتماعي وحده يرى سبب التوقّف المؤقت.</translation>
        </message>
        <message>
            <source>This is only for the people of that corridor.</source>
            <translation>هذا فقط لسكان ذلك الممر.</translation>
        </message>
        <message>
            <source>Only the beheerder sees this.</source>
            <translation>المشرف الاجتماعي وحده يرى هذا.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can plan an activity here.</source>
            <translation>لا يمكن أن يخطّط لنشاط هنا إلا منظّم الممر أو المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can change this activity.</source>
            <translation>لا يمكن أن يعدّل هذا النشاط إلا منظّم هذا الممر أو المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can cancel this activity.</source>
            <translation>لا يمكن أن يلغي هذا النشاط إلا منظّم هذا الممر أو المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only the organisers see who signed up.</source>
            <translation>المنظّمون وحدهم يرون من سجّل اسمه.</translation>
        </message>
        <message>
            <source>Only the organisers can take attendance.</source>
            <translation>المنظّمون وحدهم يمكنهم تسجيل الحضور.</translation>
        </message>
        <message>
            <source>Only the organisers can give someone a place from the waiting list.</source>
            <translation>المنظّمون وحدهم يمكنهم أن يعطوا شخصًا من قائمة الانتظار مكانًا.</translation>
        </message>
        <message>
            <source>You can only sign yourself up or off.</source>
            <translation>يمكنك أن تسجّل نفسك أو تلغي تسجيلك أنت فقط.</translation>
        </message>
        <message>
            <source>You can only come together with a neighbour from your corridor.</source>
            <translation>يمكنك أن تأتي مع جار من ممرّك فقط.</translation>
        </message>
        <message>
            <source>You can only ask or offer help for yourself.</source>
            <translation>يمكنك أن تطلب المساعدة أو تعرضها لنفسك فقط.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can ask for help for a neighbour.</source>
            <translation>لا يمكن أن يطلب المساعدة لجار إلا منظّم الممر أو المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>You cannot take this request.</source>
            <translation>لا يمكنك أن تقبل هذا الطلب.</translation>
        </message>
        <message>
            <source>Only the helper can report this help as done.</source>
            <translation>الشخص الذي يساعد وحده يمكنه أن يبلّغ أن المساعدة تمّت.</translation>
        </message>
        <message>
            <source>Only the person who asked can confirm this help.</source>
            <translation>الشخص الذي طلب المساعدة وحده يمكنه أن يؤكّدها.</translation>
        </message>
        <message>
            <source>Only the beheerder can hide a post.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يخفي منشورًا.</translation>
        </message>
        <message>
            <source>Only the beheerder can settle this.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يحلّ هذا الأمر.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see these talents.</source>
            <translation>لا يرى هذه المواهب إلا الساكن نفسه والمشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only the beheerder can change talents.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يعدّل المواهب.</translation>
        </message>
        <message>
            <source>You can only send a signal in your own name.</source>
            <translation>يمكنك أن ترسل بلاغًا باسمك أنت فقط.</translation>
        </message>
        <message>
            <source>Only a gangmaker can send a signal for a neighbour.</source>
            <translation>منظّم الممر وحده يمكنه أن يرسل بلاغًا نيابةً عن جار.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal and the beheerder see it.</source>
            <translation>لا يرى هذا البلاغ إلا من أرسله والمشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can add to it.</source>
            <translation>من أرسل هذا البلاغ وحده يمكنه أن يضيف إليه.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can open it again.</source>
            <translation>من أرسل هذا البلاغ وحده يمكنه أن يفتحه من جديد.</translation>
        </message>
        <message>
            <source>Only the beheerder can handle a signal.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يعالج البلاغ.</translation>
        </message>
        <message>
            <source>Only the beheerder sees notes on a signal.</source>
            <translation>المشرف الاجتماعي وحده يرى الملاحظات على البلاغ.</translation>
        </message>
        <message>
            <source>Only the beheerder can write notes on a signal.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يكتب ملاحظات على البلاغ.</translation>
        </message>
        <message>
            <source>Only the beheerder can ask for a knock on the door.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يطلب من أحد أن يطرق باب شخص ما.</translation>
        </message>
        <message>
            <source>This task is for someone else.</source>
            <translation>هذه المهمة لشخص آخر.</translation>
        </message>
        <message>
            <source>Only the beheerder can invite people.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يدعو الناس.</translation>
        </message>
        <message>
            <source>Only the beheerder can disconnect a device.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يفصل جهازًا.</translation>
        </message>
        <message>
            <source>You can only ask about your own hours.</source>
            <translation>يمكنك السؤال عن ساعاتك أنت فقط.</translation>
        </message>
        <message>
            <source>Only the organisers or the beheerder can answer a question about hours.</source>
            <translation>المنظمون أو الـ beheerder فقط يمكنهم الرد على سؤال عن الساعات.</translation>
        </message>
        <message>
            <source>Only the beheerder can suggest a helper.</source>
            <translation>المشرف الاجتماعي وحده يمكنه أن يقترح شخصًا للمساعدة.</translation>
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>%1, %2</source>
            <translation>%1، %2</translation>
        </message>
        <message>
            <source>Today: %1</source>
            <translation>اليوم: %1</translation>
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation>غدًا: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Soon: %1</source>
            <translation>بعد قليل: %1</translation>
        </message>
        <message>
            <source>Starts at %1</source>
            <translation>يبدأ الساعة %1</translation>
        </message>
        <message>
            <source>You have a place now</source>
            <translation>صار لك مكان الآن</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>أُلغي: %1</translation>
        </message>
        <message>
            <source>%1. Open Gangwerk to read why.</source>
            <translation>%1. افتح Gangwerk لتعرف السبب.</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>All residents</source>
            <translation>كل السكان</translation>
        </message>
        <message>
            <source>Back to all residents</source>
            <translation>العودة إلى كل السكان</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>تعديل التوقّف</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>إيقاف مؤقت</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>تعديل التوقّف المؤقت لـ %1</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>إيقاف ساعات %1 مؤقتًا</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>الساعات المقدَّمة</translation>
        </message>
        <message>
            <source>Pauses</source>
            <translation>فترات التوقّف</translation>
        </message>
        <message>
            <source>No pauses.</source>
            <translation>لا توجد فترات توقّف.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>الآن</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>السبب: %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>الساعات المسجّلة</translation>
        </message>
        <message>
            <source>No hours filled in yet.</source>
            <translation>لم تُسجَّل ساعات بعد.</translation>
        </message>
        <message>
            <source>a correction</source>
            <translation>تصحيح</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>استوديو %1</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>الأجهزة</translation>
        </message>
        <message>
            <source>Not connected yet. Give %1 an invite to connect a phone.</source>
            <translation>لم يتّصل بعد. أعطِ %1 دعوة لربط هاتف.</translation>
        </message>
        <message>
            <source>Talents</source>
            <translation>المواهب</translation>
        </message>
        <message>
            <source>What %1 likes to help with. You see who fits when a neighbour asks for help.</source>
            <translation>ما يحبّ %1 أن يساعد فيه. هكذا ترى من يناسب عندما يطلب جار المساعدة.</translation>
        </message>
        <message>
            <source>Save talents</source>
            <translation>حفظ المواهب</translation>
        </message>
        <message>
            <source>Talents saved.</source>
            <translation>تم حفظ المواهب.</translation>
        </message>
    </context>
    <context>
        <name>ResidentRow</name>
        <message>
            <source>No corridor</source>
            <translation>بلا ممر</translation>
        </message>
    </context>
    <context>
        <name>ResidentsFilters</name>
        <message>
            <source>Residents</source>
            <translation>السكان</translation>
        </message>
        <message>
            <source>%1: hours done and hours asked. A reason to talk with someone, never to compare people.</source>
            <translation>%1: الساعات المنجزة والساعات المطلوبة. سبب للحديث مع شخص ما، وليس للمقارنة بين الناس أبدًا.</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>هذا الشهر</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>الشهر الماضي</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>الأسبوع الماضي</translation>
        </message>
        <message>
            <source>Month report</source>
            <translation>التقرير الشهري</translation>
        </message>
        <message>
            <source>Save the month report for the housing provider, as a spreadsheet and to print</source>
            <translation>احفظ التقرير الشهري لمؤسسة السكن، كجدول بيانات وللطباعة</translation>
        </message>
        <message>
            <source>Open the folder with the report</source>
            <translation>افتح المجلد الذي فيه التقرير</translation>
        </message>
        <message>
            <source>Find by name, studio or corridor</source>
            <translation>ابحث بالاسم أو الاستوديو أو الممر</translation>
        </message>
        <message>
            <source>Find a resident by name, studio or corridor</source>
            <translation>ابحث عن ساكن بالاسم أو الاستوديو أو الممر</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>الجميع</translation>
        </message>
        <message>
            <source>Worth a talk</source>
            <translation>يستحق حديثًا</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>متوقّف مؤقتًا</translation>
        </message>
        <message numerus="yes">
            <source>Not updated for %n days</source>
            <translation>
                <numerusform>بلا تحديث منذ %n يوم</numerusform>
                <numerusform>بلا تحديث منذ %n يوم</numerusform>
                <numerusform>بلا تحديث منذ %n يومين</numerusform>
                <numerusform>بلا تحديث منذ %n أيام</numerusform>
                <numerusform>بلا تحديث منذ %n يومًا</numerusform>
                <numerusform>بلا تحديث منذ %n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>لم يتّصل بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n يوم</numerusform>
                <numerusform>%n يوم</numerusform>
                <numerusform>%n يومان</numerusform>
                <numerusform>%n أيام</numerusform>
                <numerusform>%n يومًا</numerusform>
                <numerusform>%n يوم</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated for how many days</source>
            <translation>عدد الأيام بلا تحديث</translation>
        </message>
        <message>
            <source>By corridor</source>
            <translation>حسب الممر</translation>
        </message>
        <message>
            <source>Group by corridor</source>
            <translation>التجميع حسب الممر</translation>
        </message>
        <message>
            <source>%1 of %2 residents shown</source>
            <translation>%1 من %2 ساكنًا</translation>
        </message>
        <message>
            <source>Getting the residents from your project…</source>
            <translation>جارٍ جلب السكان من مشروعك…</translation>
        </message>
        <message>
            <source>No residents yet. They appear here after they connect and sync.</source>
            <translation>لا يوجد سكان بعد. سيظهرون هنا بعد أن يتّصلوا ويقوموا بالمزامنة.</translation>
        </message>
        <message>
            <source>Nobody matches. Clear the search or choose Everyone.</source>
            <translation>لا أحد يطابق. امسح البحث أو اختر الجميع.</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation>السكان</translation>
        </message>
        <message>
            <source>paused until %1</source>
            <translation>متوقّف حتى %1</translation>
        </message>
    </context>
    <context>
        <name>ServiceCard</name>
        <message>
            <source>Nobody took this for 2 days</source>
            <translation>لم يأخذ أحد هذا منذ يومين</translation>
        </message>
    </context>
    <context>
        <name>ServiceCategory</name>
        <message>
            <source>Groceries</source>
            <translation>التسوّق</translation>
        </message>
        <message>
            <source>A chat, a listening ear</source>
            <translation>حديث، أذن صاغية</translation>
        </message>
        <message>
            <source>Computer or phone</source>
            <translation>حاسوب أو هاتف</translation>
        </message>
        <message>
            <source>Letters and forms</source>
            <translation>رسائل واستمارات</translation>
        </message>
        <message>
            <source>A small job</source>
            <translation>عمل صغير</translation>
        </message>
        <message>
            <source>Language buddy</source>
            <translation>رفيق لغة</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>شيء آخر</translation>
        </message>
        <message>
            <source>It is about care or health</source>
            <translation>الأمر يتعلق بالرعاية أو الصحة</translation>
        </message>
        <message>
            <source>It is about money or a bank card</source>
            <translation>الأمر يتعلق بالمال أو بطاقة البنك</translation>
        </message>
    </context>
    <context>
        <name>ServiceDetail</name>
        <message>
            <source>Choose a request or offer to see it here.</source>
            <translation>اختر طلبًا أو عرضًا لتراه هنا.</translation>
        </message>
        <message>
            <source>Back to the Help board</source>
            <translation>العودة إلى المساعدة</translation>
        </message>
        <message>
            <source>For the whole project</source>
            <translation>للمشروع كله</translation>
        </message>
        <message>
            <source>For your corridor</source>
            <translation>لممرك</translation>
        </message>
        <message>
            <source>The beheerder says: %1</source>
            <translation>يقول المشرف الاجتماعي: %1</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help with this.</source>
            <translation>يظنّ المشرف الاجتماعي أنك تستطيع أن تساعد في هذا.</translation>
        </message>
        <message>
            <source>Yes, I would like this</source>
            <translation>نعم، أريد هذا</translation>
        </message>
        <message>
            <source>I will help</source>
            <translation>سأساعد</translation>
        </message>
        <message>
            <source>Thank you! You can now send a message.</source>
            <translation>شكرًا لك! يمكنك الآن أن ترسل رسالة.</translation>
        </message>
        <message>
            <source>Stand in if needed</source>
            <translation>أحلّ محله عند الحاجة</translation>
        </message>
        <message>
            <source>If the helper gives it back, it is yours.</source>
            <translation>إذا أعاده المساعِد، يصبح لك.</translation>
        </message>
        <message>
            <source>You will stand in if needed.</source>
            <translation>ستحلّ محلّه عند الحاجة.</translation>
        </message>
        <message>
            <source>It is done</source>
            <translation>انتهيت</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>أعده</translation>
        </message>
        <message>
            <source>Given back. A neighbour can take it now.</source>
            <translation>تمت الإعادة. يمكن لجار أن يأخذه الآن.</translation>
        </message>
        <message>
            <source>Put it up again</source>
            <translation>انشره من جديد</translation>
        </message>
        <message>
            <source>It is on the board again.</source>
            <translation>عاد إلى اللوحة من جديد.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>اسحب</translation>
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation>تم السحب.</translation>
        </message>
        <message>
            <source>Hide this post</source>
            <translation>أخفِ هذا المنشور</translation>
        </message>
        <message>
            <source>Help on %1: %2</source>
            <translation>المساعدة في %1: %2</translation>
        </message>
        <message>
            <source>Yes, I was helped</source>
            <translation>نعم، تمت مساعدتي</translation>
        </message>
        <message>
            <source>Thank you! The helper gets the hours.</source>
            <translation>شكرًا لك! يحصل المساعِد على الساعات.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>ليس صحيحًا؟</translation>
        </message>
        <message>
            <source>Count the hours</source>
            <translation>احسب الساعات</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>بدون ساعات</translation>
        </message>
        <message>
            <source>Neighbours who are good at this</source>
            <translation>جيران يجيدون هذا</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>تم الاقتراح</translation>
        </message>
        <message>
            <source>Suggest</source>
            <translation>اقترح</translation>
        </message>
        <message>
            <source>Suggest %1</source>
            <translation>اقترح %1</translation>
        </message>
        <message>
            <source>%1 will be told.</source>
            <translation>ستصل رسالة إلى %1.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>الرسائل</translation>
        </message>
        <message>
            <source>Only you and the other person read these. No need to share your phone number.</source>
            <translation>أنت والشخص الآخر فقط تقرآن هذه الرسائل. لا حاجة لمشاركة رقم هاتفك.</translation>
        </message>
        <message>
            <source>Write a message</source>
            <translation>اكتب رسالة</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>رسالة</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>أرسل</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>تم الإرسال.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <source>You helped. How did it go?</source>
            <translation>لقد ساعدت. كيف جرى الأمر؟</translation>
        </message>
        <message>
            <source>A few words (you may leave this empty)</source>
            <translation>بضع كلمات (يمكنك ترك هذا فارغًا)</translation>
        </message>
        <message>
            <source>Report as done</source>
            <translation>أبلغ أنها تمّت</translation>
        </message>
        <message>
            <source>Reported. Your neighbour is asked to confirm.</source>
            <translation>تم الإبلاغ. سنطلب من جارك أن يؤكّد.</translation>
        </message>
        <message>
            <source>What is not right? The beheerder will look at it.</source>
            <translation>ما الذي ليس صحيحًا؟ سينظر المشرف الاجتماعي في الأمر.</translation>
        </message>
        <message>
            <source>The beheerder will look at it.</source>
            <translation>سينظر المشرف الاجتماعي في الأمر.</translation>
        </message>
        <message>
            <source>Count these hours</source>
            <translation>احسب هذه الساعات</translation>
        </message>
        <message>
            <source>A word for both of them (you may leave this empty)</source>
            <translation>كلمة لكليهما (يمكنك ترك هذا فارغًا)</translation>
        </message>
        <message>
            <source>Decided.</source>
            <translation>تم القرار.</translation>
        </message>
        <message>
            <source>No hours for this help?</source>
            <translation>بدون ساعات لهذه المساعدة؟</translation>
        </message>
        <message>
            <source>Why? Both of them read this.</source>
            <translation>لماذا؟ سيقرأ كلاهما هذا.</translation>
        </message>
        <message>
            <source>Hide this post?</source>
            <translation>هل تريد إخفاء هذا المنشور؟</translation>
        </message>
        <message>
            <source>Why? The person who posted it reads this.</source>
            <translation>لماذا؟ سيقرأ هذا من نشره.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Hidden.</source>
            <translation>تم الإخفاء.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>مساعدة</translation>
        </message>
    </context>
    <context>
        <name>ServiceFormPage</name>
        <message>
            <source>Your offer is on the board.</source>
            <translation>عرضك الآن على اللوحة.</translation>
        </message>
        <message>
            <source>Your request is on the board. A neighbour can take it now.</source>
            <translation>طلبك الآن على اللوحة، ويمكن لجار أن يأخذه.</translation>
        </message>
        <message>
            <source>Offer help</source>
            <translation>اعرض مساعدة</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>اطلب مساعدة</translation>
        </message>
        <message>
            <source>Neighbours help with small things. It costs you nothing.</source>
            <translation>الجيران يساعدون في الأشياء الصغيرة. لا يكلفك ذلك شيئًا.</translation>
        </message>
        <message>
            <source>I would like help</source>
            <translation>أريد مساعدة</translation>
        </message>
        <message>
            <source>I can help</source>
            <translation>أستطيع المساعدة</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>أي نوع من المساعدة؟</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختر…</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.</source>
            <translation>الجيران يساعدون في الأشياء الصغيرة. في الرعاية أو الصحة أو المال يساعدك المشرف الاجتماعي. هذا أكثر أمانًا لك.</translation>
        </message>
        <message>
            <source>The beheerder: %1</source>
            <translation>المشرف الاجتماعي: %1</translation>
        </message>
        <message>
            <source>What can you do?</source>
            <translation>ماذا تستطيع أن تفعل؟</translation>
        </message>
        <message>
            <source>What do you need?</source>
            <translation>ماذا تحتاج؟</translation>
        </message>
        <message>
            <source>For example: I can help with a computer or phone.</source>
            <translation>مثلًا: أستطيع المساعدة في الكمبيوتر أو الهاتف.</translation>
        </message>
        <message>
            <source>For example: Who can bring milk and bread on Tuesday?</source>
            <translation>مثلًا: من يستطيع أن يحضر الحليب والخبز يوم الثلاثاء؟</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>متى؟</translation>
        </message>
        <message>
            <source>Flexible: any time is fine</source>
            <translation>مرن: أي وقت مناسب</translation>
        </message>
        <message>
            <source>Day: %1</source>
            <translation>اليوم: %1</translation>
        </message>
        <message>
            <source>from %1:00</source>
            <translation>من %1:00</translation>
        </message>
        <message>
            <source>From (hour)</source>
            <translation>من (الساعة)</translation>
        </message>
        <message>
            <source>until %1:00</source>
            <translation>حتى %1:00</translation>
        </message>
        <message>
            <source>Until (hour)</source>
            <translation>حتى (الساعة)</translation>
        </message>
        <message>
            <source>Every week, for %1 weeks</source>
            <translation>كل أسبوع، عدد الأسابيع: %1</translation>
        </message>
        <message>
            <source>About how long?</source>
            <translation>كم من الوقت تقريبًا؟</translation>
        </message>
        <message>
            <source>About how long? In minutes</source>
            <translation>كم من الوقت تقريبًا؟ بالدقائق</translation>
        </message>
        <message>
            <source>Who sees it?</source>
            <translation>من يراه؟</translation>
        </message>
        <message>
            <source>My corridor</source>
            <translation>ممري</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>كل من في المشروع</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>لمن؟</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>لي</translation>
        </message>
        <message>
            <source>Other neighbours do not see the name. You talk with the helper.</source>
            <translation>الجيران الآخرون لا يرون الاسم. أنت تتحدّث مع المساعِد.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>اعرض</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>اطلب</translation>
        </message>
        <message>
            <source>Put my offer on the board</source>
            <translation>ضع عرضي على اللوحة</translation>
        </message>
        <message>
            <source>Put my request on the board</source>
            <translation>ضع طلبي على اللوحة</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotices</name>
        <message>
            <source>A neighbour will help you</source>
            <translation>جار سيساعدك</translation>
        </message>
        <message>
            <source>A neighbour said yes to your offer</source>
            <translation>قبل جار عرضك</translation>
        </message>
        <message>
            <source>Open Gangwerk to send a message.</source>
            <translation>افتح Gangwerk لإرسال رسالة.</translation>
        </message>
        <message>
            <source>Your neighbour helped you</source>
            <translation>ساعدك جارك</translation>
        </message>
        <message>
            <source>Please confirm the help in Gangwerk, so your neighbour gets the hours.</source>
            <translation>من فضلك أكّد المساعدة في Gangwerk، ليحصل جارك على الساعات.</translation>
        </message>
        <message>
            <source>Thank you for helping</source>
            <translation>شكرًا على مساعدتك</translation>
        </message>
        <message>
            <source>%1 counted as your hours.</source>
            <translation>حُسبت %1 من ساعاتك.</translation>
        </message>
        <message>
            <source>Nobody took your request</source>
            <translation>لم يأخذ أحد طلبك</translation>
        </message>
        <message>
            <source>Nobody took your offer</source>
            <translation>لم يأخذ أحد عرضك</translation>
        </message>
        <message>
            <source>It is no longer on the board. You can put it up again in Gangwerk.</source>
            <translation>لم يعد على اللوحة. يمكنك نشره من جديد في Gangwerk.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>رسالة جديدة</translation>
        </message>
        <message>
            <source>You have a new message about a request for help.</source>
            <translation>لديك رسالة جديدة عن طلب مساعدة.</translation>
        </message>
        <message>
            <source>Can you help?</source>
            <translation>هل تستطيع أن تساعد؟</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help a neighbour. Have a look in Gangwerk.</source>
            <translation>يظنّ المشرف الاجتماعي أنك تستطيع أن تساعد جارًا. ألقِ نظرة في Gangwerk.</translation>
        </message>
        <message>
            <source>A request waits for help</source>
            <translation>طلب ينتظر المساعدة</translation>
        </message>
        <message>
            <source>Nobody took a request for help for 2 days. Can you find someone?</source>
            <translation>منذ يومين لم يأخذ أحد طلب مساعدة. هل تستطيع أن تجد شخصًا يساعد؟</translation>
        </message>
    </context>
    <context>
        <name>ServiceRules</name>
        <message>
            <source>Choose what kind of help it is.</source>
            <translation>اختر نوع المساعدة.</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further.</source>
            <translation>الجيران يساعدون في الأشياء الصغيرة. في الرعاية أو الصحة أو المال يساعدك المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Write in a few words what it is about.</source>
            <translation>اكتب ببضع كلمات عمّا يدور الأمر.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 1000 characters.</source>
            <translation>النص طويل جدًا. استخدم 1000 حرف على الأكثر.</translation>
        </message>
        <message>
            <source>Say how long it takes: between 5 minutes and 8 hours.</source>
            <translation>قل كم يستغرق ذلك: بين 5 دقائق و8 ساعات.</translation>
        </message>
        <message>
            <source>The end of the time must be after its start.</source>
            <translation>يجب أن يكون وقت النهاية بعد وقت البداية.</translation>
        </message>
        <message>
            <source>This time has passed already. Choose a later time or "flexible".</source>
            <translation>هذا الوقت مضى. اختر وقتًا لاحقًا أو "مرن".</translation>
        </message>
        <message>
            <source>Help that repeats needs a first day and time.</source>
            <translation>المساعدة التي تتكرّر تحتاج إلى يوم ووقت للمرة الأولى.</translation>
        </message>
        <message>
            <source>Choose the last day it repeats.</source>
            <translation>اختر آخر يوم تتكرّر فيه.</translation>
        </message>
        <message>
            <source>The last day must be after the first day.</source>
            <translation>يجب أن يكون اليوم الأخير بعد اليوم الأول.</translation>
        </message>
        <message>
            <source>That is too many times. Choose a last day within a year.</source>
            <translation>هذا عدد مرات كبير جدًا. اختر يومًا أخيرًا خلال سنة.</translation>
        </message>
        <message>
            <source>This is your own post. A neighbour can take it.</source>
            <translation>هذا منشورك. يمكن لجار أن يأخذه.</translation>
        </message>
        <message>
            <source>A neighbour already took this. You can offer to stand in if they give it back.</source>
            <translation>جار أخذ هذا بالفعل. يمكنك أن تعرض أن تحلّ محله إذا أعاده.</translation>
        </message>
        <message>
            <source>This was withdrawn. It is not needed any more.</source>
            <translation>تم سحب هذا. لم يعد مطلوبًا.</translation>
        </message>
        <message>
            <source>This has expired. The person who posted it can put it up again.</source>
            <translation>انتهت صلاحية هذا. يمكن لمن نشره أن ينشره من جديد.</translation>
        </message>
        <message>
            <source>The beheerder took this post away.</source>
            <translation>أزال المشرف الاجتماعي هذا المنشور.</translation>
        </message>
        <message>
            <source>This help is finished already.</source>
            <translation>هذه المساعدة انتهت بالفعل.</translation>
        </message>
        <message>
            <source>Nobody has taken this yet.</source>
            <translation>لم يأخذ أحد هذا بعد.</translation>
        </message>
        <message>
            <source>You took this already.</source>
            <translation>لقد أخذت هذا بالفعل.</translation>
        </message>
        <message>
            <source>Only the person who took this can give it back.</source>
            <translation>من أخذ هذا وحده يمكنه أن يعيده.</translation>
        </message>
        <message>
            <source>Only the person who posted this can do that.</source>
            <translation>من نشر هذا وحده يمكنه أن يفعل ذلك.</translation>
        </message>
        <message>
            <source>Only a post that nobody took can be put up again.</source>
            <translation>لا يمكن نشر المنشور من جديد إلا إذا لم يأخذه أحد.</translation>
        </message>
        <message>
            <source>Only the helper can say this help is done. Maybe someone else took it over.</source>
            <translation>المساعِد وحده يمكنه أن يقول إن المساعدة تمّت. ربما أخذها شخص آخر مكانه.</translation>
        </message>
        <message>
            <source>Choose the day you helped.</source>
            <translation>اختر اليوم الذي ساعدت فيه.</translation>
        </message>
        <message>
            <source>That day has not come yet. Report it when you have helped.</source>
            <translation>هذا اليوم لم يأتِ بعد. أبلغ عن ذلك بعد أن تساعد.</translation>
        </message>
        <message>
            <source>That is not one of the agreed days.</source>
            <translation>هذا ليس من الأيام المتّفق عليها.</translation>
        </message>
        <message>
            <source>You reported this help as done already.</source>
            <translation>لقد أبلغت من قبل أن هذه المساعدة تمّت.</translation>
        </message>
        <message>
            <source>Fill in at least 5 minutes.</source>
            <translation>اكتب 5 دقائق على الأقل.</translation>
        </message>
        <message>
            <source>That is more than 12 hours. Fill in the time of one day.</source>
            <translation>هذا أكثر من 12 ساعة. اكتب وقت يوم واحد.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 500 characters.</source>
            <translation>النص طويل جدًا. استخدم 500 حرف على الأكثر.</translation>
        </message>
        <message>
            <source>Only the person who was helped can confirm this.</source>
            <translation>من تلقّى المساعدة وحده يمكنه أن يؤكّد هذا.</translation>
        </message>
        <message>
            <source>This help was not reported.</source>
            <translation>لم يُبلَّغ عن هذه المساعدة.</translation>
        </message>
        <message>
            <source>This help is confirmed or decided already.</source>
            <translation>هذه المساعدة تأكّدت أو صدر قرار بشأنها بالفعل.</translation>
        </message>
        <message>
            <source>These hours are counted already. If they are not right, choose "Not right?".</source>
            <translation>هذه الساعات محسوبة بالفعل. إذا لم تكن صحيحة، اختر "ليس صحيحًا؟".</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>اكتب السبب في كلمات قليلة.</translation>
        </message>
        <message>
            <source>There is nothing to decide about this help.</source>
            <translation>لا يوجد ما يُقرَّر بشأن هذه المساعدة.</translation>
        </message>
        <message>
            <source>Only the person who asked and the helper can send messages here.</source>
            <translation>لا يمكن أن يرسل رسائل هنا إلا من طلب المساعدة والمساعِد.</translation>
        </message>
        <message>
            <source>Write a message first.</source>
            <translation>اكتب رسالة أولًا.</translation>
        </message>
        <message>
            <source>The message is too long. Use at most 500 characters.</source>
            <translation>الرسالة طويلة جدًا. استخدم 500 حرف على الأكثر.</translation>
        </message>
        <message>
            <source>This conversation is full. Talk in person or ask the beheerder.</source>
            <translation>هذه المحادثة ممتلئة. تحدّثا وجهًا لوجه، أو اسأل المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Choose at most 10 talents.</source>
            <translation>اختر 10 مواهب على الأكثر.</translation>
        </message>
        <message>
            <source>Choose talents from the list.</source>
            <translation>اختر المواهب من القائمة.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>About Gangwerk</source>
            <translation>عن Gangwerk</translation>
        </message>
        <message>
            <source>Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet.</source>
            <translation>ساعاتك محفوظة ومشفّرة على هذا الجهاز، وتُرسَل إلى خادم مشروعك حتى يراها المشرف الاجتماعي. يمكنك تسجيل الساعات أيضًا بدون إنترنت.</translation>
        </message>
        <message>
            <source>Your hours are stored on this device only, encrypted. They also work without internet.</source>
            <translation>ساعاتك محفوظة على هذا الجهاز فقط، وهي مشفّرة. والتطبيق يعمل أيضًا بدون إنترنت.</translation>
        </message>
        <message>
            <source>You are looking at the demo project. The people and hours in it are made up.</source>
            <translation>أنت تشاهد المشروع التجريبي. الأشخاص والساعات فيه غير حقيقية.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>حجم النص</translation>
        </message>
        <message>
            <source>Normal (100%)</source>
            <translation>عادي (100%)</translation>
        </message>
        <message>
            <source>Large (150%)</source>
            <translation>كبير (150%)</translation>
        </message>
        <message>
            <source>Very large (200%)</source>
            <translation>كبير جدًا (200%)</translation>
        </message>
        <message>
            <source>Your device also asks for larger text (%1%). Together the text is shown at %2%.</source>
            <translation>جهازك يطلب أيضًا نصًا أكبر (%1%). معًا يظهر النص بحجم %2%.</translation>
        </message>
        <message>
            <source>Less movement on the screen</source>
            <translation>حركة أقل على الشاشة</translation>
        </message>
        <message>
            <source>Your device already asks for less movement; the app follows it.</source>
            <translation>جهازك يطلب بالفعل حركة أقل، والتطبيق يتبعه.</translation>
        </message>
    </context>
    <context>
        <name>SignalCategory</name>
        <message>
            <source>I have not seen someone for days</source>
            <translation>لم أرَ شخصًا منذ أيام</translation>
        </message>
        <message>
            <source>Someone keeps to themselves more and more</source>
            <translation>شخص ينعزل أكثر فأكثر</translation>
        </message>
        <message>
            <source>Someone does not take care of themselves</source>
            <translation>شخص لا يعتني بنفسه جيدًا</translation>
        </message>
        <message>
            <source>I am worried about someone's health</source>
            <translation>صحة شخص ما تقلقني</translation>
        </message>
        <message>
            <source>Nuisance</source>
            <translation>إزعاج</translation>
        </message>
        <message>
            <source>The building or safety</source>
            <translation>المبنى أو الأمان</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>شيء آخر</translation>
        </message>
    </context>
    <context>
        <name>SignalDetail</name>
        <message>
            <source>Choose a signal to read it.</source>
            <translation>اختر بلاغًا لتقرأه.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Very late</source>
            <translation>متأخر جدًا</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>Sent by: %1%2</source>
            <translation>المرسِل: %1%2</translation>
        </message>
        <message>
            <source>(for a neighbour who told them)</source>
            <translation>(نيابةً عن جار أخبره بذلك)</translation>
        </message>
        <message>
            <source>Noticed since %1</source>
            <translation>ملاحَظ منذ %1</translation>
        </message>
        <message>
            <source>Added later</source>
            <translation>أُضيف لاحقًا</translation>
        </message>
        <message>
            <source>Answer from the beheerder</source>
            <translation>ردّ المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Is it not solved? You can open it again until %1. Say why.</source>
            <translation>لم تُحلّ المشكلة؟ يمكنك أن تفتحه من جديد حتى %1. قل لماذا.</translation>
        </message>
        <message>
            <source>Do you know more? Add it here.</source>
            <translation>هل تعرف المزيد؟ أضفه هنا.</translation>
        </message>
        <message>
            <source>Why do you open it again?</source>
            <translation>لماذا تفتحه من جديد؟</translation>
        </message>
        <message>
            <source>What do you want to add?</source>
            <translation>ماذا تريد أن تضيف؟</translation>
        </message>
        <message>
            <source>Open it again</source>
            <translation>افتحه من جديد</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Opened again.</source>
            <translation>فُتح من جديد.</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>تمت الإضافة.</translation>
        </message>
        <message>
            <source>Start on it</source>
            <translation>ابدأ العمل عليه</translation>
        </message>
        <message>
            <source>You are working on it.</source>
            <translation>أنت تعمل عليه.</translation>
        </message>
        <message>
            <source>About the same situation</source>
            <translation>عن الموقف نفسه</translation>
        </message>
        <message>
            <source>Answer to the person who sent it</source>
            <translation>ردّ على من أرسله</translation>
        </message>
        <message>
            <source>They read this. Write no care details: those go in a note.</source>
            <translation>سيقرأ المرسِل هذا. لا تكتب تفاصيل عن الرعاية: مكانها في ملاحظة.</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>إرسال الرد</translation>
        </message>
        <message>
            <source>Answer sent.</source>
            <translation>تم إرسال الرد.</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>كيف انتهى الأمر</translation>
        </message>
        <message>
            <source>Close with this answer</source>
            <translation>أغلق مع هذا الرد</translation>
        </message>
        <message>
            <source>Closed. The reporter reads your answer.</source>
            <translation>تم الإغلاق. سيقرأ المرسِل ردّك.</translation>
        </message>
        <message>
            <source>Notes (only beheerders read these)</source>
            <translation>ملاحظات (لا يقرؤها إلا المشرفون الاجتماعيون)</translation>
        </message>
        <message>
            <source>Write a note</source>
            <translation>اكتب ملاحظة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>حفظ الملاحظة</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>تم حفظ الملاحظة.</translation>
        </message>
        <message>
            <source>Knock on the door</source>
            <translation>طرق الباب</translation>
        </message>
        <message>
            <source>The gangmaker only sees the studio and the day, not this signal or who sent it.</source>
            <translation>يرى منظّم الممر الاستوديو واليوم فقط، ولا يرى هذا البلاغ ولا من أرسله.</translation>
        </message>
        <message>
            <source>Which gangmaker</source>
            <translation>أيّ منظّم ممر</translation>
        </message>
        <message>
            <source>Studio</source>
            <translation>الاستوديو</translation>
        </message>
        <message>
            <source>Studio to knock on</source>
            <translation>الاستوديو الذي يُطرق بابه</translation>
        </message>
        <message>
            <source>Ask to knock today</source>
            <translation>اطلب طرق الباب اليوم</translation>
        </message>
        <message>
            <source>Asked. The gangmaker sees it on their phone.</source>
            <translation>تم الطلب. سيرى منظّم الممر ذلك على هاتفه.</translation>
        </message>
        <message>
            <source>Put together with</source>
            <translation>ادمج مع</translation>
        </message>
        <message>
            <source>Put together</source>
            <translation>ادمج</translation>
        </message>
        <message>
            <source>Put together. Answers now reach both reporters.</source>
            <translation>تم الدمج. تصل الردود الآن إلى كل من أرسلوا البلاغ.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>يمكن أن ينتظر</translation>
        </message>
        <message>
            <source>How soon</source>
            <translation>ما مدى الاستعجال</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>البلاغات</translation>
        </message>
        <message>
            <source>Back to the signals</source>
            <translation>العودة إلى البلاغات</translation>
        </message>
    </context>
    <context>
        <name>SignalFormPage</name>
        <message>
            <source>Tell the beheerder</source>
            <translation>أخبر المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you.</source>
            <translation>هل أنت قلق على جار؟ لا يقرأ هذا إلا المشرف الاجتماعي. جارك لن يعرف أنك أنت من أرسله.</translation>
        </message>
        <message>
            <source>What worries you?</source>
            <translation>ما الذي يقلقك؟</translation>
        </message>
        <message>
            <source>About whom or where? (you may leave this empty)</source>
            <translation>عن مَن، أو أين؟ (يمكنك ترك هذا فارغًا)</translation>
        </message>
        <message>
            <source>Studio number, for example 2.14</source>
            <translation>رقم الاستوديو، مثلًا 2.14</translation>
        </message>
        <message>
            <source>Studio number</source>
            <translation>رقم الاستوديو</translation>
        </message>
        <message>
            <source>Or a place, for example the bicycle shed</source>
            <translation>أو مكان، مثلًا موقف الدرّاجات</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>Since when?</source>
            <translation>منذ متى؟</translation>
        </message>
        <message>
            <source>I do not know</source>
            <translation>لا أعرف</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>A few days</source>
            <translation>بضعة أيام</translation>
        </message>
        <message>
            <source>About a week</source>
            <translation>أسبوع تقريبًا</translation>
        </message>
        <message>
            <source>A month or longer</source>
            <translation>شهر أو أكثر</translation>
        </message>
        <message>
            <source>How soon should the beheerder react?</source>
            <translation>متى يجب أن يردّ المشرف الاجتماعي؟</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>يمكن أن ينتظر</translation>
        </message>
        <message>
            <source>What did you notice?</source>
            <translation>ماذا لاحظت؟</translation>
        </message>
        <message>
            <source>For example: I have not seen my neighbour for four days. The post is piling up.</source>
            <translation>مثلًا: لم أرَ جاري منذ أربعة أيام. والبريد يتراكم.</translation>
        </message>
        <message>
            <source>A neighbour told me this and asked me to pass it on</source>
            <translation>أخبرني جار بهذا وطلب مني أن أوصله</translation>
        </message>
        <message>
            <source>Send to the beheerder</source>
            <translation>أرسل إلى المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>SignalNotices</name>
        <message>
            <source>A signal for today</source>
            <translation>بلاغ لليوم</translation>
        </message>
        <message>
            <source>A neighbour asks for a reaction today. Open Gangwerk to read it.</source>
            <translation>جار يطلب ردًّا اليوم. افتح Gangwerk لتقرأه.</translation>
        </message>
        <message>
            <source>The beheerder answered you</source>
            <translation>ردّ عليك المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Open Gangwerk to read the answer to your signal.</source>
            <translation>افتح Gangwerk لتقرأ الرد على بلاغك.</translation>
        </message>
        <message>
            <source>Please knock on a door</source>
            <translation>هل يمكنك أن تطرق بابًا؟</translation>
        </message>
        <message>
            <source>The beheerder asks you to look in on a neighbour. Open Gangwerk to see where.</source>
            <translation>يطلب منك المشرف الاجتماعي أن تطمئن على جار. افتح Gangwerk لترى أين.</translation>
        </message>
    </context>
    <context>
        <name>SignalOutcome</name>
        <message>
            <source>Checked in person</source>
            <translation>تمّ التحقّق شخصيًا</translation>
        </message>
        <message>
            <source>Referred to care</source>
            <translation>أُحيل إلى جهة رعاية</translation>
        </message>
        <message>
            <source>Nuisance procedure</source>
            <translation>إجراء بسبب الإزعاج</translation>
        </message>
        <message>
            <source>No action needed</source>
            <translation>لا حاجة إلى أي إجراء</translation>
        </message>
    </context>
    <context>
        <name>SignalRow</name>
        <message>
            <source>Very late</source>
            <translation>متأخر جدًا</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>متأخر</translation>
        </message>
        <message numerus="yes">
            <source>%n more about the same situation</source>
            <translation>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغ</numerusform>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغ</numerusform>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغان</numerusform>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغات</numerusform>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغًا</numerusform>
                <numerusform>عن الموقف نفسه أيضًا: %n بلاغ</numerusform>
            </translation>
        </message>
        <message>
            <source>The beheerder answered</source>
            <translation>ردّ المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>تمّ الرد</translation>
        </message>
    </context>
    <context>
        <name>SignalRules</name>
        <message>
            <source>Choose what worries you.</source>
            <translation>اختر ما يقلقك.</translation>
        </message>
        <message>
            <source>Choose if it can wait or if it is for today.</source>
            <translation>اختر: هل يمكن أن ينتظر، أم هو لليوم؟</translation>
        </message>
        <message>
            <source>Write in a few words what you noticed.</source>
            <translation>اكتب في كلمات قليلة ما لاحظته.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 2000 characters.</source>
            <translation>النص طويل جدًا. استخدم 2000 حرف على الأكثر.</translation>
        </message>
        <message>
            <source>Use at most 40 characters for the studio or the place.</source>
            <translation>استخدم 40 حرفًا على الأكثر للاستوديو أو المكان.</translation>
        </message>
        <message>
            <source>That day has not come yet. Choose today or a day before.</source>
            <translation>هذا اليوم لم يأتِ بعد. اختر اليوم أو يومًا قبله.</translation>
        </message>
        <message>
            <source>This signal has not reached the beheerder yet.</source>
            <translation>هذا البلاغ لم يصل إلى المشرف الاجتماعي بعد.</translation>
        </message>
        <message>
            <source>Someone is working on this signal already.</source>
            <translation>هناك من يعمل على هذا البلاغ بالفعل.</translation>
        </message>
        <message>
            <source>This signal is closed already. Its reporter can open it again within 14 days.</source>
            <translation>هذا البلاغ مغلق بالفعل. يمكن لمن أرسله أن يفتحه من جديد خلال 14 يومًا.</translation>
        </message>
        <message>
            <source>This signal is handled together with another one. Do this on that signal.</source>
            <translation>هذا البلاغ يُعالَج مع بلاغ آخر. افعل هذا في ذلك البلاغ.</translation>
        </message>
        <message>
            <source>This signal is still open.</source>
            <translation>هذا البلاغ ما زال مفتوحًا.</translation>
        </message>
        <message>
            <source>It is more than 14 days since this signal was closed. Send a new signal.</source>
            <translation>مضى أكثر من 14 يومًا على إغلاق هذا البلاغ. أرسل بلاغًا جديدًا.</translation>
        </message>
        <message>
            <source>Choose another signal to put this one with.</source>
            <translation>اختر بلاغًا آخر لتدمج هذا البلاغ معه.</translation>
        </message>
        <message>
            <source>The other signal is closed or merged itself. Choose an open one.</source>
            <translation>البلاغ الآخر مغلق أو مدموج بالفعل. اختر بلاغًا مفتوحًا.</translation>
        </message>
        <message>
            <source>Choose how it ended.</source>
            <translation>اختر كيف انتهى الأمر.</translation>
        </message>
        <message>
            <source>Write an answer to the person who sent it.</source>
            <translation>اكتب ردًّا لمن أرسله.</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>اكتب السبب في كلمات قليلة.</translation>
        </message>
        <message>
            <source>This signal is full. Call or visit the beheerder.</source>
            <translation>هذا البلاغ ممتلئ. اتّصل بالمشرف الاجتماعي أو زره.</translation>
        </message>
        <message>
            <source>Fill in the studio to knock on.</source>
            <translation>اكتب الاستوديو الذي يُطرق بابه.</translation>
        </message>
        <message>
            <source>Choose today or a day in the coming week.</source>
            <translation>اختر اليوم أو يومًا في الأسبوع القادم.</translation>
        </message>
        <message>
            <source>Only a gangmaker can be asked to knock on a door.</source>
            <translation>يمكن أن تطلب طرق الباب من منظّم الممر فقط.</translation>
        </message>
        <message>
            <source>How this went is written down already.</source>
            <translation>تم تسجيل كيف جرى هذا من قبل.</translation>
        </message>
        <message>
            <source>Choose how it went.</source>
            <translation>اختر كيف جرى الأمر.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>يمكن أن ينتظر</translation>
        </message>
        <message>
            <source>Not sent yet. It goes to the beheerder as soon as you have internet.</source>
            <translation>لم يُرسَل بعد. سيصل إلى المشرف الاجتماعي عندما يتوفّر لديك الإنترنت.</translation>
        </message>
        <message>
            <source>The beheerder has your signal and will read it.</source>
            <translation>وصل بلاغك إلى المشرف الاجتماعي وسيقرؤه.</translation>
        </message>
        <message>
            <source>The beheerder is working on it.</source>
            <translation>المشرف الاجتماعي يعمل عليه.</translation>
        </message>
        <message>
            <source>Closed. Thank you for paying attention.</source>
            <translation>أُغلق. شكرًا لانتباهك.</translation>
        </message>
        <message>
            <source>You opened it again. The beheerder will look at it again.</source>
            <translation>فتحته من جديد. سينظر فيه المشرف الاجتماعي مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>SignalState</name>
        <message>
            <source>Not sent yet</source>
            <translation>لم يُرسَل بعد</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد المعالجة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلق</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>مدموج</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>أُعيد فتحه</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>البلاغات</translation>
        </message>
        <message>
            <source>Worried about a neighbour?</source>
            <translation>هل أنت قلق على جار؟</translation>
        </message>
        <message>
            <source>Waiting too long: %1</source>
            <translation>تنتظر منذ وقت طويل جدًا: %1</translation>
        </message>
        <message>
            <source>Nothing is late.</source>
            <translation>لا شيء متأخر.</translation>
        </message>
        <message>
            <source>Tell the beheerder. Only the beheerder reads it.</source>
            <translation>أخبر المشرف الاجتماعي. لا يقرؤه إلا المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Tell the beheerder</source>
            <translation>أخبر المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>المفتوحة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>المغلقة</translation>
        </message>
        <message>
            <source>All</source>
            <translation>الكل</translation>
        </message>
        <message>
            <source>Which signals</source>
            <translation>أيّ البلاغات</translation>
        </message>
        <message>
            <source>Every corridor</source>
            <translation>كل الممرات</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>الممر</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>كل الأنواع</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>Your signals</source>
            <translation>بلاغاتك</translation>
        </message>
        <message>
            <source>No signals here.</source>
            <translation>لا توجد بلاغات هنا.</translation>
        </message>
        <message>
            <source>You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder.</source>
            <translation>لم ترسل أي بلاغ بعد. إذا كنت قلقًا على جار، يمكنك دائمًا أن تخبر المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Thank you. Your signal is saved and goes to the beheerder.</source>
            <translation>شكرًا لك. تم حفظ بلاغك وسيصل إلى المشرف الاجتماعي.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The key for your data is missing or unusable.</source>
            <translation>مفتاح بياناتك مفقود أو لا يعمل.</translation>
        </message>
        <message>
            <source>Cannot create the data file. Check free space.</source>
            <translation>لا يمكن إنشاء ملف البيانات. تأكّد من وجود مساحة فارغة كافية.</translation>
        </message>
        <message>
            <source>Cannot open the data file.</source>
            <translation>لا يمكن فتح ملف البيانات.</translation>
        </message>
        <message>
            <source>This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build.</source>
            <translation>هذه النسخة من Gangwerk لا تستطيع تشفير بياناتك، لذلك لن تعمل. ثبّت نسخة رسمية من فضلك.</translation>
        </message>
        <message>
            <source>Cannot open: wrong key or not a Gangwerk store.</source>
            <translation>تعذّر الفتح: المفتاح خاطئ، أو هذه ليست بيانات Gangwerk.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed.</source>
            <translation>حُفظت هذه البيانات بإصدار أحدث من Gangwerk. حدّث التطبيق لتفتحها. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <source>Gangwerk could not update your data to this version. Nothing was changed; please report this.</source>
            <translation>لم يتمكّن Gangwerk من تحديث بياناتك إلى هذا الإصدار. لم يتغيّر شيء. أبلغ عن هذه المشكلة من فضلك.</translation>
        </message>
        <message>
            <source>The data file is busy. Nothing was changed; try again.</source>
            <translation>ملف البيانات مشغول الآن. لم يتغيّر شيء. حاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync</source>
            <translation>المزامنة</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>الخادم: %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>زامِن الآن</translation>
        </message>
        <message>
            <source>Sends your changes and fetches the newest data.</source>
            <translation>يرسل تعديلاتك ويجلب أحدث البيانات.</translation>
        </message>
        <message>
            <source>Not accepted by the server</source>
            <translation>لم يقبلها الخادم</translation>
        </message>
        <message>
            <source>These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear.</source>
            <translation>هذه التعديلات لا تُحسب. تبقى في هذه القائمة حتى ترى ما حدث. إذا كان هناك شيء غير واضح، اسأل المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>%1, made on %2: %3</source>
            <translation>%1، بتاريخ %2: %3</translation>
        </message>
        <message>
            <source>%1, made on %2</source>
            <translation>%1، بتاريخ %2</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message>
            <source>Shows the sync details.</source>
            <translation>يعرض تفاصيل المزامنة.</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>تقدّم المزامنة</translation>
        </message>
    </context>
    <context>
        <name>TextAskDialog</name>
        <message>
            <source>Send</source>
            <translation>أرسل</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>دقائق</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>أي يوم؟</translation>
        </message>
        <message>
            <source>How long did it take? In minutes</source>
            <translation>كم استغرق ذلك؟ بالدقائق</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Protect your data</source>
            <translation>احمِ بياناتك</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>أهلًا بعودتك</translation>
        </message>
        <message>
            <source>This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe.</source>
            <translation>لا يوجد في هذا الكمبيوتر مكان آمن لمفتاح بياناتك. اختر عبارة مرور: يستخدمها Gangwerk ليقفل بياناتك. استخدم 8 أحرف على الأقل، واكتبها في مكان آمن.</translation>
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation>اكتب عبارة المرور لتفتح بياناتك.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>اكتبها مرة أخرى</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>اكتب عبارة المرور مرة أخرى</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>جارٍ فتح بياناتك…</translation>
        </message>
        <message>
            <source>Save passphrase</source>
            <translation>حفظ عبارة المرور</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
    </context>
    <context>
        <name>YearChartCard</name>
        <message>
            <source>The last 12 months</source>
            <translation>آخر 12 شهرًا</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivitiesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>You are not signed up for this activity.</source>
            <translation>أنت غير مسجَّل في هذا النشاط.</translation>
        </message>
        <message>
            <source>You asked the organiser to check this</source>
            <translation>طلبت من المنظم التحقق من هذا</translation>
        </message>
        <message>
            <source>Checked: changed to %1</source>
            <translation>تم التحقق: تغيّرت إلى %1</translation>
        </message>
        <message>
            <source>Checked: stays — %1</source>
            <translation>تم التحقق: تبقى كما هي — %1</translation>
        </message>
        <message>
            <source>Not marked as present</source>
            <translation>لم يُسجَّل حاضرًا</translation>
        </message>
        <message>
            <source>Got %1</source>
            <translation>حصل على %1</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityAttendanceModel</name>
        <message>
            <source>Since %1, %2 of %3 neighbours came to at least one activity.</source>
            <translation>منذ %1، حضر %2 من %3 جيران نشاطًا واحدًا على الأقل.</translation>
        </message>
        <message>
            <source>Nothing took place. Cancelled: %1</source>
            <translation>لم يُقَم شيء. أُلغي: %1</translation>
        </message>
        <message>
            <source>No activities</source>
            <translation>لا أنشطة</translation>
        </message>
        <message>
            <source>Held: %1 · signed up: %2 · came: %3 · different neighbours: %4</source>
            <translation>أُقيم: %1 · سجّل: %2 · حضر: %3 · جيران مختلفون: %4</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityForm</name>
        <message>
            <source>Changed: %1.</source>
            <translation>تم التغيير: %1.</translation>
        </message>
        <message>
            <source>Planned: %1. It is in the programme now.</source>
            <translation>تم التخطيط: %1. هو الآن في البرنامج.</translation>
        </message>
        <message>
            <source>Only this date changes. The series stays: %1.</source>
            <translation>يتغيّر هذا الموعد فقط. تبقى السلسلة كما هي: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates from this one</source>
            <translation>
                <numerusform>%1 – %n موعد من هذا الموعد</numerusform>
                <numerusform>%1 – موعد واحد من هذا الموعد</numerusform>
                <numerusform>%1 – موعدان من هذا الموعد</numerusform>
                <numerusform>%1 – %n مواعيد من هذا الموعد</numerusform>
                <numerusform>%1 – %n موعدًا من هذا الموعد</numerusform>
                <numerusform>%1 – %n موعد من هذا الموعد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates</source>
            <translation>
                <numerusform>%1 – %n موعد</numerusform>
                <numerusform>%1 – موعد واحد</numerusform>
                <numerusform>%1 – موعدان</numerusform>
                <numerusform>%1 – %n مواعيد</numerusform>
                <numerusform>%1 – %n موعدًا</numerusform>
                <numerusform>%1 – %n موعد</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed: %1, this date and the later dates.</source>
            <translation>تم التغيير: %1، هذا الموعد والمواعيد اللاحقة.</translation>
        </message>
        <message numerus="yes">
            <source>Planned: %1, %n dates. They are in the programme now.</source>
            <translation>
                <numerusform>تم التخطيط: %1، %n موعد. إنها في البرنامج الآن.</numerusform>
                <numerusform>تم التخطيط: %1، موعد واحد. إنه في البرنامج الآن.</numerusform>
                <numerusform>تم التخطيط: %1، موعدان. إنهما في البرنامج الآن.</numerusform>
                <numerusform>تم التخطيط: %1، %n مواعيد. إنها في البرنامج الآن.</numerusform>
                <numerusform>تم التخطيط: %1، %n موعدًا. إنها في البرنامج الآن.</numerusform>
                <numerusform>تم التخطيط: %1، %n موعد. إنها في البرنامج الآن.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityListModel</name>
        <message>
            <source>Earlier</source>
            <translation>سابقًا</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>هذا الأسبوع</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>لاحقًا</translation>
        </message>
        <message numerus="yes">
            <source>%n coming</source>
            <translation>
                <numerusform>سيأتي %n شخص</numerusform>
                <numerusform>سيأتي %n شخص</numerusform>
                <numerusform>سيأتي %n شخصان</numerusform>
                <numerusform>سيأتي %n أشخاص</numerusform>
                <numerusform>سيأتي %n شخصًا</numerusform>
                <numerusform>سيأتي %n شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Full – %n waiting</source>
            <translation>
                <numerusform>ممتلئ – %n شخص في الانتظار</numerusform>
                <numerusform>ممتلئ – %n شخص في الانتظار</numerusform>
                <numerusform>ممتلئ – %n شخصان في الانتظار</numerusform>
                <numerusform>ممتلئ – %n أشخاص في الانتظار</numerusform>
                <numerusform>ممتلئ – %n شخصًا في الانتظار</numerusform>
                <numerusform>ممتلئ – %n شخص في الانتظار</numerusform>
            </translation>
        </message>
        <message>
            <source>Full</source>
            <translation>ممتلئ</translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>الأماكن المحجوزة: %1 من %2</translation>
        </message>
        <message>
            <source>Signed up – waiting for confirmation</source>
            <translation>سجّلت اسمك – بانتظار التأكيد</translation>
        </message>
        <message>
            <source>You are coming</source>
            <translation>ستأتي</translation>
        </message>
        <message>
            <source>You are coming, together with %1</source>
            <translation>ستأتي مع %1</translation>
        </message>
        <message>
            <source>On the waiting list, place %1</source>
            <translation>في قائمة الانتظار، رقم %1</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid</source>
            <translation>يُحسب %1 من المساعدة المتبادلة</translation>
        </message>
        <message>
            <source>The organiser changed the series, and this date is no longer in it.</source>
            <translation>غيّر المنظم السلسلة، ولم يعد هذا الموعد منها.</translation>
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
            <translation>ملغى: %1</translation>
        </message>
        <message>
            <source>This activity is cancelled.</source>
            <translation>أُلغي هذا النشاط.</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>أُلغي هذا النشاط: %1</translation>
        </message>
        <message>
            <source>You are coming, together with a neighbour.</source>
            <translation>ستأتي مع أحد الجيران.</translation>
        </message>
        <message>
            <source>You are coming.</source>
            <translation>ستأتي.</translation>
        </message>
        <message>
            <source>%1 (waiting list, place %2)</source>
            <translation>%1 (قائمة الانتظار، رقم %2)</translation>
        </message>
        <message>
            <source>You are on the waiting list, place %1. You will hear it when a place comes free.</source>
            <translation>أنت في قائمة الانتظار، رقم %1. سنخبرك عندما يصبح هناك مكان فارغ.</translation>
        </message>
        <message>
            <source>%1 (not yet confirmed)</source>
            <translation>%1 (لم يتأكد بعد)</translation>
        </message>
        <message>
            <source>You signed up. It is confirmed when your phone has synced.</source>
            <translation>لقد سجّلت. يتأكد التسجيل عندما يتزامن هاتفك.</translation>
        </message>
        <message>
            <source>Signed off: %1</source>
            <translation>ألغيت تسجيلك: %1</translation>
        </message>
        <message>
            <source>You signed off from this activity.</source>
            <translation>لقد ألغيت تسجيلك في هذا النشاط.</translation>
        </message>
        <message>
            <source>You organise this activity.</source>
            <translation>أنت تنظّم هذا النشاط.</translation>
        </message>
        <message>
            <source>Places taken: %1 of %2. Waiting: %3.</source>
            <translation>الأماكن المحجوزة: %1 من %2. في الانتظار: %3.</translation>
        </message>
        <message>
            <source>Coming: %1.</source>
            <translation>سيأتي: %1.</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid.</source>
            <translation>يُحسب %1 من المساعدة المتبادلة.</translation>
        </message>
        <message>
            <source>In one hour: %1</source>
            <translation>بعد ساعة: %1</translation>
        </message>
        <message>
            <source>Gangwerk – my activities</source>
            <translation>Gangwerk – نشاطاتي</translation>
        </message>
        <message>
            <source>Gangwerk – programme of %1</source>
            <translation>Gangwerk – برنامج %1</translation>
        </message>
        <message>
            <source>Gangwerk – programme of corridor %1</source>
            <translation>Gangwerk – برنامج الممر %1</translation>
        </message>
        <message>
            <source>The calendar file could not be saved. Check that there is space on this device and try again.</source>
            <translation>تعذّر حفظ ملف التقويم. تأكد من وجود مساحة كافية على هذا الجهاز وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Saved as %1. There are no activities in it yet.</source>
            <translation>تم الحفظ في %1. لا توجد فيه نشاطات بعد.</translation>
        </message>
        <message numerus="yes">
            <source>Saved as %1. Open this file to add %n activities to your calendar app.</source>
            <translation>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
                <numerusform>تم الحفظ في %1. افتح هذا الملف لإضافة النشاطات (%n) إلى تقويمك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>my activities</source>
            <translation>نشاطاتي</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>البرنامج</translation>
        </message>
    </context>
    <context>
        <name>gw::DeviceListModel</name>
        <message>
            <source>Last updated: %1</source>
            <translation>آخر تحديث: %1</translation>
        </message>
        <message>
            <source>Connected since %1</source>
            <translation>متّصل منذ %1</translation>
        </message>
        <message>
            <source>Disconnected on %1</source>
            <translation>فُصل بتاريخ %1</translation>
        </message>
    </context>
    <context>
        <name>gw::DevicesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>The device could not be disconnected. Nothing was changed. Please try again.</source>
            <translation>تعذّر فصل الجهاز. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
    </context>
    <context>
        <name>gw::HourEntryForm</name>
        <message>
            <source>Today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>أمس</translation>
        </message>
        <message>
            <source>Changed. Your entry is now %1.</source>
            <translation>تم التعديل. تسجيلك الآن: %1.</translation>
        </message>
        <message>
            <source>Saved: %1. Thank you for helping!</source>
            <translation>تم الحفظ: %1. شكرًا لمساعدتك!</translation>
        </message>
    </context>
    <context>
        <name>gw::HourHistoryModel</name>
        <message>
            <source>Not accepted by the server.</source>
            <translation>لم يقبله الخادم.</translation>
        </message>
        <message>
            <source>Removed on %1</source>
            <translation>حُذف بتاريخ %1</translation>
        </message>
        <message>
            <source>Changed to %1</source>
            <translation>عُدِّل إلى %1</translation>
        </message>
        <message>
            <source>Changed to %1 on %2</source>
            <translation>عُدِّل إلى %1 بتاريخ %2</translation>
        </message>
        <message>
            <source>Credited for an activity</source>
            <translation>أُضيفت مقابل نشاط</translation>
        </message>
    </context>
    <context>
        <name>gw::HoursService</name>
        <message>
            <source>Your beheerder paused your hours until %1. Take good care of yourself.</source>
            <translation>أوقف المشرف الاجتماعي ساعاتك مؤقتًا حتى %1. اعتنِ بنفسك جيدًا.</translation>
        </message>
        <message>
            <source>Your pause has ended: hours are asked again from today. Good to have you back.</source>
            <translation>انتهى توقّفك المؤقت: الساعات مطلوبة من جديد ابتداءً من اليوم. يسعدنا أنك عدت.</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 في الشهر</translation>
        </message>
        <message>
            <source>%1 per week</source>
            <translation>%1 في الأسبوع</translation>
        </message>
        <message>
            <source>week %1</source>
            <translation>الأسبوع %1</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>Your hours could not be saved. Nothing was changed. Please try again.</source>
            <translation>تعذّر حفظ ساعاتك. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>The entry could not be removed. Nothing was changed. Please try again.</source>
            <translation>تعذّر حذف التسجيل. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>The pause could not be saved. Nothing was changed. Please try again.</source>
            <translation>تعذّر حفظ التوقّف المؤقت. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>This is not a date. Choose the end of the pause again.</source>
            <translation>هذا ليس تاريخًا. اختر مرة أخرى متى ينتهي التوقّف.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberContext</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberProgressModel</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من %2</translation>
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
            <translation>%1: %2 من %3</translation>
        </message>
    </context>
    <context>
        <name>gw::ServicesService</name>
        <message>
            <source>Waiting for confirmation</source>
            <translation>ينتظر التأكيد</translation>
        </message>
        <message>
            <source>Waiting for the beheerder</source>
            <translation>ينتظر المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Counted as hours</source>
            <translation>حُسبت ساعات</translation>
        </message>
        <message>
            <source>Not right: the beheerder looks at it</source>
            <translation>ليس صحيحًا: المشرف الاجتماعي ينظر في الأمر</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>بدون ساعات</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>لم يتم إعداد Gangwerk بعد.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>تعذّر الحفظ. لم يتغيّر شيء. حاول مرة أخرى من فضلك.</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>جار</translation>
        </message>
        <message>
            <source>Choose a day, or "flexible".</source>
            <translation>اختر يومًا، أو "مرن".</translation>
        </message>
        <message>
            <source>For a neighbour, asked by %1</source>
            <translation>لجار، بطلب من %1</translation>
        </message>
        <message>
            <source>For %1, asked by %2</source>
            <translation>لـ %1، بطلب من %2</translation>
        </message>
        <message>
            <source>Open: nobody helps yet</source>
            <translation>مفتوح: لا أحد يساعد بعد</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوح</translation>
        </message>
        <message>
            <source>You help</source>
            <translation>أنت تساعد</translation>
        </message>
        <message>
            <source>You said yes to this offer</source>
            <translation>قبلت هذا العرض</translation>
        </message>
        <message>
            <source>%1 helps</source>
            <translation>%1 يساعد</translation>
        </message>
        <message>
            <source>%1 said yes to your offer</source>
            <translation>%1 قبل عرضك</translation>
        </message>
        <message>
            <source>Taken by a neighbour</source>
            <translation>أخذه جار</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>مسحوب</translation>
        </message>
        <message>
            <source>Hidden by the beheerder</source>
            <translation>أخفاه المشرف الاجتماعي</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>انتهت صلاحيته</translation>
        </message>
        <message>
            <source>Please confirm the help</source>
            <translation>من فضلك أكّد المساعدة</translation>
        </message>
        <message>
            <source>Waiting for your decision</source>
            <translation>ينتظر قرارك</translation>
        </message>
        <message>
            <source>Flexible</source>
            <translation>مرن</translation>
        </message>
        <message>
            <source>Asks for help</source>
            <translation>يطلب مساعدة</translation>
        </message>
        <message>
            <source>Offers help</source>
            <translation>يعرض مساعدة</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>حوالي %1</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>نُشر</translation>
        </message>
        <message>
            <source>%1 took it</source>
            <translation>أخذه %1</translation>
        </message>
        <message>
            <source>A neighbour took it</source>
            <translation>أخذه جار</translation>
        </message>
        <message>
            <source>Reported done: %1</source>
            <translation>أُبلغ بالإنجاز: %1</translation>
        </message>
        <message>
            <source>Decided: no hours</source>
            <translation>القرار: بدون ساعات</translation>
        </message>
        <message>
            <source>Confirmed: %1</source>
            <translation>تم التأكيد: %1</translation>
        </message>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>لم يُرسل بعد</translation>
        </message>
    </context>
    <context>
        <name>gw::Session</name>
        <message>
            <source>Gangwerk cannot create the folder for your data. Check free space.</source>
            <translation>لا يستطيع Gangwerk أن ينشئ مجلدًا لبياناتك. تأكّد من وجود مساحة فارغة كافية.</translation>
        </message>
        <message>
            <source>The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help.</source>
            <translation>مفتاح بياناتك لم يعد موجودًا على هذا الكمبيوتر، لذلك لا يستطيع Gangwerk أن يفتحها. لم تتغيّر بياناتك. اطلب المساعدة من المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed.</source>
            <translation>بياناتك مقفلة بحافظة المفاتيح في هذا الكمبيوتر، لكن لا يمكن الوصول إليها الآن. سجّل الخروج ثم سجّل الدخول من جديد، ثم افتح Gangwerk مرة أخرى. لم تتغيّر بياناتك.</translation>
        </message>
        <message numerus="yes">
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>استخدم %n حرف على الأقل.</numerusform>
                <numerusform>استخدم %n حرف على الأقل.</numerusform>
                <numerusform>استخدم %n حرفين على الأقل.</numerusform>
                <numerusform>استخدم %n أحرف على الأقل.</numerusform>
                <numerusform>استخدم %n حرفًا على الأقل.</numerusform>
                <numerusform>استخدم %n حرف على الأقل.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Try again.</source>
            <translation>عبارة المرور هذه غير صحيحة. حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).</source>
            <translation>حُفظ في %1: التقرير كجدول بيانات (CSV) وللطباعة (PDF).</translation>
        </message>
    </context>
    <context>
        <name>gw::SignalsService</name>
        <message>
            <source>You</source>
            <translation>أنت</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>جار</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1، %2–%3</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>استوديو %1</translation>
        </message>
        <message>
            <source>Studio %1, %2</source>
            <translation>استوديو %1، %2</translation>
        </message>
        <message>
            <source>Answer before %1</source>
            <translation>الرد قبل %1</translation>
        </message>
        <message>
            <source>The reporter</source>
            <translation>من أرسل البلاغ</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>لم يُرسَل بعد</translation>
        </message>
        <message>
            <source>Forgotten: it was closed long ago</source>
            <translation>لم يعد معروفًا: أُغلق منذ وقت طويل</translation>
        </message>
        <message>
            <source>Forgotten</source>
            <translation>لم يعد معروفًا</translation>
        </message>
        <message>
            <source>Handled together with: %1, %2</source>
            <translation>يُعالَج مع: %1، %2</translation>
        </message>
        <message>
            <source>%1 knocks on studio %2 on %3</source>
            <translation>%1 يطرق باب الاستوديو %2 يوم %3</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>لم يتمّ بعد</translation>
        </message>
        <message>
            <source>today</source>
            <translation>اليوم</translation>
        </message>
        <message>
            <source>Please knock on studio %1 %2 and see how they are.</source>
            <translation>من فضلك اطرق باب الاستوديو %1 (%2) واطمئن أن كل شيء بخير.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::Enrolment</name>
        <message>
            <source>Check the code letter by letter. A code works only once, and only for a short time.</source>
            <translation>راجع الرمز حرفًا حرفًا. الرمز يعمل مرة واحدة فقط، ولمدة قصيرة فقط.</translation>
        </message>
        <message>
            <source>This protects your project against people who guess codes.</source>
            <translation>هذا يحمي مشروعك من الأشخاص الذين يحاولون تخمين الرموز.</translation>
        </message>
        <message>
            <source>Is the address exactly as your beheerder gave it? Are you connected to the internet?</source>
            <translation>هل العنوان مطابق تمامًا لما أعطاك إياه المشرف الاجتماعي؟ هل أنت متصل بالإنترنت؟</translation>
        </message>
        <message>
            <source>Do not use this address until your beheerder has checked it.</source>
            <translation>لا تستخدم هذا العنوان حتى يتحقّق منه المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Install the newest version of Gangwerk, then try again.</source>
            <translation>ثبّت أحدث إصدار من Gangwerk، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>For example: https://gangwerk.example.nl</source>
            <translation>مثلًا: https://gangwerk.example.nl</translation>
        </message>
        <message>
            <source>If it keeps happening, tell your beheerder.</source>
            <translation>إذا تكرّر هذا، أخبر المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>هاتف</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>كمبيوتر</translation>
        </message>
        <message>
            <source>%1, since %2</source>
            <translation>%1، منذ %2</translation>
        </message>
        <message>
            <source>An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)</source>
            <translation>العنوان الذي يبدأ بـ http:// غير آمن: يمكن لأي شخص أن يقرأ ما يُرسَل. استخدم العنوان الذي يبدأ بـ https://. (يعمل http:// فقط مع خادم تجريبي على هذا الكمبيوتر.)</translation>
        </message>
        <message>
            <source>Type the address of your project's server.</source>
            <translation>اكتب عنوان خادم مشروعك.</translation>
        </message>
        <message>
            <source>Your beheerder gives it to you, together with the invite code.</source>
            <translation>يعطيك إياه المشرف الاجتماعي، مع رمز الدعوة.</translation>
        </message>
        <message>
            <source>Type the invite code from your beheerder.</source>
            <translation>اكتب رمز الدعوة الذي أعطاك إياه المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>It looks like ABCD-EFGH-JKLM-NPQR.</source>
            <translation>يبدو هكذا: ABCD-EFGH-JKLM-NPQR.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncEngine</name>
        <message>
            <source>This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you.</source>
            <translation>هذا ليس عنوان خادم. العنوان يبدو هكذا: gangwerk.example.nl:8443. يمكن للمشرف الاجتماعي أن يخبرك به.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your internet connection, then try again.</source>
            <translation>لا يمكن الوصول إلى الخادم. تحقّق من العنوان ومن اتصالك بالإنترنت، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder.</source>
            <translation>لم يستطع الخادم أن يثبت هويته (شهادته غير موثوقة). لم يُرسَل أي شيء. تحقّق من العنوان مع المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>This address does not answer like a Gangwerk server. Check the address with your beheerder.</source>
            <translation>هذا العنوان لا يستجيب مثل خادم Gangwerk. تحقّق من العنوان مع المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code.</source>
            <translation>رمز الدعوة هذا لا يعمل: ربما فيه خطأ في الكتابة، أو انتهت صلاحيته، أو استُخدم من قبل. اطلب رمزًا جديدًا من المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>Too many attempts just now. Wait a few minutes and try again.</source>
            <translation>محاولات كثيرة جدًا في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>This version of Gangwerk is too old for the server. Please update the app.</source>
            <translation>هذا الإصدار من Gangwerk قديم جدًا بالنسبة إلى الخادم. حدّث التطبيق من فضلك.</translation>
        </message>
        <message>
            <source>Enrolling did not work because of a problem on the server. Try again later.</source>
            <translation>لم ينجح الاتصال بسبب مشكلة في الخادم. حاول مرة أخرى لاحقًا.</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Try again later.</source>
            <translation>لم نفهم ردّ الخادم. حاول مرة أخرى لاحقًا.</translation>
        </message>
        <message>
            <source>Gangwerk could not save the enrolment on this device. Nothing was changed; try again.</source>
            <translation>لم يتمكّن Gangwerk من حفظ الاتصال على هذا الجهاز. لم يتغيّر شيء. حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back.</source>
            <translation>لا يمكن الوصول إلى الخادم الآن. تعديلاتك آمنة على هذا الجهاز، وستُرسَل عندما يعود الاتصال.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder.</source>
            <translation>لم يستطع الخادم أن يثبت هويته (شهادته غير موثوقة)، لذلك لم يُرسَل أي شيء. أخبر المشرف الاجتماعي من فضلك.</translation>
        </message>
        <message>
            <source>This device is no longer connected to your project. Ask your beheerder for a new invite code.</source>
            <translation>هذا الجهاز لم يعد متصلًا بمشروعك. اطلب رمز دعوة جديدًا من المشرف الاجتماعي.</translation>
        </message>
        <message>
            <source>The server does not allow this device to sync. Please tell your beheerder.</source>
            <translation>الخادم لا يسمح لهذا الجهاز بالمزامنة. أخبر المشرف الاجتماعي من فضلك.</translation>
        </message>
        <message>
            <source>Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again.</source>
            <translation>لم تنجح المزامنة الآن. تعديلاتك آمنة على هذا الجهاز، وسيحاول Gangwerk مرة أخرى.</translation>
        </message>
        <message>
            <source>The server is busy right now. Nothing was changed; try again in a minute.</source>
            <translation>الخادم مشغول جدًا الآن. لم يتغيّر شيء. حاول مرة أخرى بعد دقيقة.</translation>
        </message>
        <message>
            <source>The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment.</source>
            <translation>الخادم مشغول جدًا الآن. تعديلاتك آمنة على هذا الجهاز، وسيحاول Gangwerk مرة أخرى بعد قليل.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncStatus</name>
        <message>
            <source>Everything is up to date.</source>
            <translation>كل شيء محدَّث.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n تعديل بانتظار الإرسال</numerusform>
                <numerusform>%n تعديل بانتظار الإرسال</numerusform>
                <numerusform>%n تعديلان بانتظار الإرسال</numerusform>
                <numerusform>%n تعديلات بانتظار الإرسال</numerusform>
                <numerusform>%n تعديلًا بانتظار الإرسال</numerusform>
                <numerusform>%n تعديل بانتظار الإرسال</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo on this device only: not connected to a server.</source>
            <translation>تجربة على هذا الجهاز فقط: غير متصل بخادم.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <source>Offline — your changes are safe on this device</source>
            <translation>غير متصل — تعديلاتك آمنة على هذا الجهاز</translation>
        </message>
        <message>
            <source>The server does not answer — your changes are safe on this device</source>
            <translation>الخادم لا يستجيب — تعديلاتك آمنة على هذا الجهاز</translation>
        </message>
        <message>
            <source>Not synced — your changes are safe on this device</source>
            <translation>لم تتم المزامنة — تعديلاتك آمنة على هذا الجهاز</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>لم تتم المزامنة بعد</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>تمت المزامنة قبل لحظات</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
                <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
                <numerusform>تمت المزامنة قبل %n دقيقتين</numerusform>
                <numerusform>تمت المزامنة قبل %n دقائق</numerusform>
                <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
                <numerusform>تمت المزامنة قبل %n دقيقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
                <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
                <numerusform>تمت المزامنة قبل %n ساعتين</numerusform>
                <numerusform>تمت المزامنة قبل %n ساعات</numerusform>
                <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
                <numerusform>تمت المزامنة قبل %n ساعة</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced on %1</source>
            <translation>تمت المزامنة بتاريخ %1</translation>
        </message>
        <message>
            <source>Bringing your project's data to this device: %1 of %2 (%3%)</source>
            <translation>جارٍ نقل بيانات مشروعك إلى هذا الجهاز: %1 من %2 (%3%)</translation>
        </message>
    </context>
</TS>
