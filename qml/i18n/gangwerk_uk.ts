<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Activities</source>
            <translation>Заходи</translation>
        </message>
        <message>
            <source>What your neighbours organise. Sign up, alone or together with a neighbour.</source>
            <translation>Що організовують ваші сусіди. Записуйтеся самі або разом із сусідом.</translation>
        </message>
        <message>
            <source>Which activities</source>
            <translation>Які заходи</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Найближчі</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Мої</translation>
        </message>
        <message>
            <source>Earlier</source>
            <translation>Минулі</translation>
        </message>
        <message>
            <source>You have not signed up for anything yet. Look under “Coming up”.</source>
            <translation>Ви ще ні на що не записалися. Погляньте в розділі «Найближчі».</translation>
        </message>
        <message>
            <source>No activities in the last two months.</source>
            <translation>За останні два місяці заходів не було.</translation>
        </message>
        <message>
            <source>No activities planned yet. Your corridor is waiting for the first one.</source>
            <translation>Заходів ще не заплановано. Ваш коридор чекає на перший.</translation>
        </message>
        <message>
            <source>No activities yet. Ask your gangmaker what is coming.</source>
            <translation>Заходів поки немає. Запитайте організатора коридору, що планується.</translation>
        </message>
        <message>
            <source>Choose an activity to see what it is and to sign up.</source>
            <translation>Виберіть захід, щоб дізнатися про нього більше й записатися.</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>Запланувати захід</translation>
        </message>
        <message>
            <source>Plan the first one</source>
            <translation>Запланувати перший</translation>
        </message>
        <message>
            <source>Plan the first activity</source>
            <translation>Запланувати перший захід</translation>
        </message>
        <message>
            <source>Add to my calendar</source>
            <translation>Додати до мого календаря</translation>
        </message>
        <message>
            <source>Add my activities to my calendar</source>
            <translation>Додати мої заходи до мого календаря</translation>
        </message>
        <message>
            <source>Export programme</source>
            <translation>Експортувати програму</translation>
        </message>
        <message>
            <source>Export the programme as a calendar file</source>
            <translation>Зберегти програму як файл календаря</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesRules</name>
        <message>
            <source>Only an activity that counts as hours gives time.</source>
            <translation>Час дає лише захід, який зараховується як години.</translation>
        </message>
        <message>
            <source>%1 is already booked then for “%2” (%3). Choose another time or place.</source>
            <translation>%1 у цей час уже заброньовано для «%2» (%3). Виберіть інший час або місце.</translation>
        </message>
        <message>
            <source>This activity is cancelled. You cannot sign up for it.</source>
            <translation>Цей захід скасовано. Записатися на нього не можна.</translation>
        </message>
        <message>
            <source>This activity has already started. You cannot sign up for it any more.</source>
            <translation>Цей захід уже почався. Записатися на нього вже не можна.</translation>
        </message>
        <message>
            <source>Signing up for this activity has closed. Ask the organiser if you still want to come.</source>
            <translation>Запис на цей захід закрито. Якщо ви все ж хочете прийти, запитайте організатора заходу.</translation>
        </message>
        <message>
            <source>You are already signed up for this activity (or your neighbour is).</source>
            <translation>Ви вже записані на цей захід (або ваш сусід уже записаний).</translation>
        </message>
        <message>
            <source>Choose a neighbour to come with, or come alone.</source>
            <translation>Виберіть сусіда, з яким прийдете, або приходьте самі.</translation>
        </message>
        <message>
            <source>%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>%1 — це спільна кімната іншого коридору. Виберіть кімнату для всіх або кімнату цього коридору.</translation>
        </message>
        <message>
            <source>Give the activity a name, for example “Cooking together”.</source>
            <translation>Дайте заходу назву, наприклад «Готуємо разом».</translation>
        </message>
        <message>
            <source>The name is too long. Use at most %1 characters.</source>
            <translation>Назва задовга. Використайте щонайбільше %1 символів.</translation>
        </message>
        <message>
            <source>The description is too long. Use at most %1 characters.</source>
            <translation>Опис задовгий. Використайте щонайбільше %1 символів.</translation>
        </message>
        <message>
            <source>Choose where the activity takes place.</source>
            <translation>Виберіть, де відбудеться захід.</translation>
        </message>
        <message>
            <source>This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation>Це вітальня іншого коридору. Оберіть приміщення для всіх або вітальню цього коридору.</translation>
        </message>
        <message>
            <source>Choose the day and time it starts.</source>
            <translation>Виберіть день і час, коли захід почнеться.</translation>
        </message>
        <message>
            <source>This time has passed. Choose a time that is still to come.</source>
            <translation>Цей час уже минув. Виберіть час, який ще не настав.</translation>
        </message>
        <message>
            <source>Choose an end after the start.</source>
            <translation>Виберіть час закінчення, пізніший за час початку.</translation>
        </message>
        <message>
            <source>An activity lasts at most %1 hours. Plan a longer one as two activities.</source>
            <translation>Захід триває щонайбільше %1 годин. Довший захід сплануйте як два окремі.</translation>
        </message>
        <message>
            <source>Choose between 1 and %1 places, or no limit.</source>
            <translation>Виберіть від 1 до %1 місць або без обмеження.</translation>
        </message>
        <message>
            <source>Signing up must close before the activity starts.</source>
            <translation>Запис має закритися до початку заходу.</translation>
        </message>
        <message>
            <source>Choose how long counts as hours: between 5 minutes and %1 hours.</source>
            <translation>Виберіть, скільки часу зараховується як години: від 5 хвилин до %1 годин.</translation>
        </message>
        <message>
            <source>The room is already booked then. Choose another time or place.</source>
            <translation>Приміщення на цей час уже зайняте. Оберіть інший час або місце.</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1, %2–%3</translation>
        </message>
        <message>
            <source>Every %1, until %2</source>
            <translation>Щотижня: %1, до %2</translation>
        </message>
        <message>
            <source>Every other %1, until %2</source>
            <translation>Раз на два тижні: %1, до %2</translation>
        </message>
        <message>
            <source>The last %1 of every month, until %2</source>
            <translation>Щомісяця: останній день «%1», до %2</translation>
        </message>
        <message>
            <source>Choose the last day the activity repeats.</source>
            <translation>Виберіть останній день, коли захід повторюється.</translation>
        </message>
        <message>
            <source>The last day must come after the first date. Choose a later day.</source>
            <translation>Останній день має бути після першої дати. Виберіть пізніший день.</translation>
        </message>
        <message>
            <source>A series has at most %1 dates. Choose an earlier last day, or plan a new series later.</source>
            <translation>У серії щонайбільше %1 дат. Виберіть раніший останній день або сплануйте нову серію пізніше.</translation>
        </message>
        <message>
            <source>The first %1 of every month, until %2</source>
            <translation>Щомісяця: %1 першого тижня, до %2</translation>
        </message>
        <message>
            <source>The second %1 of every month, until %2</source>
            <translation>Щомісяця: %1 другого тижня, до %2</translation>
        </message>
        <message>
            <source>The third %1 of every month, until %2</source>
            <translation>Щомісяця: %1 третього тижня, до %2</translation>
        </message>
        <message>
            <source>The fourth %1 of every month, until %2</source>
            <translation>Щомісяця: %1 четвертого тижня, до %2</translation>
        </message>
        <message>
            <source>This activity does not count as hours.</source>
            <translation>Цей захід не зараховується як години.</translation>
        </message>
        <message>
            <source>The organiser has not marked who came yet. You can ask after that.</source>
            <translation>Організатор ще не позначив, хто прийшов. Після цього можна запитати.</translation>
        </message>
        <message>
            <source>You already asked to check these hours. Please wait for the answer.</source>
            <translation>Ви вже попросили перевірити ці години. Будь ласка, зачекайте на відповідь.</translation>
        </message>
        <message>
            <source>Write in a few words what is not right.</source>
            <translation>Напишіть кількома словами, що не так.</translation>
        </message>
        <message>
            <source>Your reason can be at most %1 characters.</source>
            <translation>Причина може мати щонайбільше %1 символів.</translation>
        </message>
        <message>
            <source>This question does not exist (any more).</source>
            <translation>Цього запитання (вже) немає.</translation>
        </message>
        <message>
            <source>Someone has already answered this question.</source>
            <translation>Хтось уже відповів на це запитання.</translation>
        </message>
        <message>
            <source>This is your own question. Another organiser or the beheerder answers it.</source>
            <translation>Це ваше власне запитання. На нього відповідає інший організатор або beheerder.</translation>
        </message>
        <message>
            <source>Write a short answer, so that your neighbour knows why.</source>
            <translation>Напишіть коротку відповідь, щоб сусід знав чому.</translation>
        </message>
        <message>
            <source>Your answer can be at most %1 characters.</source>
            <translation>Відповідь може мати щонайбільше %1 символів.</translation>
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
        <message>
            <source>You organise this</source>
            <translation>Ви організатор</translation>
        </message>
        <message>
            <source>%1 · for everyone</source>
            <translation>%1 · для всіх</translation>
        </message>
    </context>
    <context>
        <name>ActivityDetail</name>
        <message>
            <source>You signed up together with %1. You will see here when it is confirmed.</source>
            <translation>Ви записалися разом із %1. Тут буде видно, коли запис підтвердять.</translation>
        </message>
        <message>
            <source>You signed up. You will see here when it is confirmed.</source>
            <translation>Ви записалися. Тут буде видно, коли запис підтвердять.</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Усі заходи</translation>
        </message>
        <message>
            <source>Back to all activities</source>
            <translation>Назад до всіх заходів</translation>
        </message>
        <message>
            <source>%1 · for everyone in the project</source>
            <translation>%1 · для всіх у проєкті</translation>
        </message>
        <message>
            <source>%1 · for your corridor</source>
            <translation>%1 · для вашого коридору</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>Цей захід скасовано: %1</translation>
        </message>
        <message>
            <source>When someone signs off, the first on the list gets the place. You will see it here.</source>
            <translation>Коли хтось скасує свій запис, місце отримає перший у списку. Ви побачите це тут.</translation>
        </message>
        <message>
            <source>Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.</source>
            <translation>Ваш телефон надішле запис, щойно з’явиться інтернет. Сервер дає місця в тому порядку, у якому надходять записи.</translation>
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation>Записатися в список очікування</translation>
        </message>
        <message>
            <source>Sign up</source>
            <translation>Записатися</translation>
        </message>
        <message>
            <source>Join the waiting list for %1</source>
            <translation>Записатися в список очікування на захід %1</translation>
        </message>
        <message>
            <source>Sign up for %1</source>
            <translation>Записатися на захід %1</translation>
        </message>
        <message>
            <source>Come with a neighbour…</source>
            <translation>Прийти із сусідом…</translation>
        </message>
        <message>
            <source>Sign up together with a neighbour for %1</source>
            <translation>Записатися разом із сусідом на захід %1</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Скасувати запис</translation>
        </message>
        <message>
            <source>Sign off from %1</source>
            <translation>Скасувати запис на захід %1</translation>
        </message>
        <message>
            <source>You signed off. Your place goes to the next person on the waiting list.</source>
            <translation>Ви скасували запис. Ваше місце отримає наступна людина зі списку очікування.</translation>
        </message>
        <message>
            <source>Cancel activity…</source>
            <translation>Скасувати захід…</translation>
        </message>
        <message>
            <source>Cancel %1</source>
            <translation>Скасувати захід %1</translation>
        </message>
        <message>
            <source>Come with a neighbour</source>
            <translation>Прийти із сусідом</translation>
        </message>
        <message>
            <source>You both get a place, or you wait together. Ask your neighbour first.</source>
            <translation>Ви обоє отримаєте місце або чекатимете разом. Спершу запитайте сусіда.</translation>
        </message>
        <message>
            <source>Choose a neighbour</source>
            <translation>Виберіть сусіда</translation>
        </message>
        <message>
            <source>Neighbour to come with</source>
            <translation>Сусід, з яким ви прийдете</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Sign up together</source>
            <translation>Записатися разом</translation>
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation>Скасувати захід %1?</translation>
        </message>
        <message>
            <source>Everyone who signed up is told, with your reason.</source>
            <translation>Усі, хто записався, отримають повідомлення з вашою причиною.</translation>
        </message>
        <message>
            <source>Why, in a few words</source>
            <translation>Чому? Кількома словами</translation>
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation>Причина скасування</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Залишити</translation>
        </message>
        <message>
            <source>Keep the activity</source>
            <translation>Залишити захід</translation>
        </message>
        <message>
            <source>Cancel activity</source>
            <translation>Скасувати захід</translation>
        </message>
        <message>
            <source>The activity is cancelled. Everyone who signed up will see why.</source>
            <translation>Захід скасовано. Усі, хто записався, побачать причину.</translation>
        </message>
        <message>
            <source>Who signed up</source>
            <translation>Хто записався</translation>
        </message>
        <message>
            <source>%1 – came</source>
            <translation>%1 – прийшов(-ла)</translation>
        </message>
        <message>
            <source>%1 – coming</source>
            <translation>%1 – прийде</translation>
        </message>
        <message>
            <source>%1 – waiting list, place %2</source>
            <translation>%1 – список очікування, місце %2</translation>
        </message>
        <message>
            <source>%1 – not yet confirmed</source>
            <translation>%1 – ще не підтверджено</translation>
        </message>
        <message>
            <source>Who came?</source>
            <translation>Хто прийшов?</translation>
        </message>
        <message>
            <source>Mark who came to %1</source>
            <translation>Позначити, хто прийшов на захід %1</translation>
        </message>
        <message>
            <source>Who came to %1?</source>
            <translation>Хто прийшов на захід %1?</translation>
        </message>
        <message>
            <source>Everyone you tick gets the hours. You get your organising time.</source>
            <translation>Кожен, кого ви позначите, отримає години. Ви отримаєте час за організацію.</translation>
        </message>
        <message>
            <source>Tick who came.</source>
            <translation>Позначте, хто прийшов.</translation>
        </message>
        <message>
            <source>%1 came</source>
            <translation>%1 прийшов(-ла)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>Save who came</source>
            <translation>Зберегти, хто прийшов</translation>
        </message>
        <message>
            <source>Saved who came.</source>
            <translation>Збережено, хто прийшов.</translation>
        </message>
        <message>
            <source>Give a place</source>
            <translation>Дати місце</translation>
        </message>
        <message>
            <source>Give %1 a place now</source>
            <translation>Дати %1 місце зараз</translation>
        </message>
        <message>
            <source>%1 has a place now and will be told.</source>
            <translation>%1 тепер має місце й отримає повідомлення.</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>Лише ця дата</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>Ця дата й усі пізніші дати</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Змінити</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Змінити %1</translation>
        </message>
        <message>
            <source>Questions about hours</source>
            <translation>Запитання про години</translation>
        </message>
        <message>
            <source>%1 asks for %2 (%3)</source>
            <translation>%1 просить %2 (%3)</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Прийняти</translation>
        </message>
        <message>
            <source>Accept: give %1 %2</source>
            <translation>Прийняти: дати %1 %2</translation>
        </message>
        <message>
            <source>Accepted. %1 gets %2.</source>
            <translation>Прийнято. %1 отримає %2.</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Відхилити</translation>
        </message>
        <message>
            <source>Decline the question of %1</source>
            <translation>Відхилити запитання від %1</translation>
        </message>
        <message>
            <source>The hours stay as they are</source>
            <translation>Години залишаються як є</translation>
        </message>
        <message>
            <source>Tell %1 why.</source>
            <translation>Поясніть %1 чому.</translation>
        </message>
        <message>
            <source>For example: you left at 19:00.</source>
            <translation>Наприклад: ви пішли о 19:00.</translation>
        </message>
        <message>
            <source>Your answer to %1</source>
            <translation>Ваша відповідь для %1</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Надіслати відповідь</translation>
        </message>
        <message>
            <source>Send your answer to %1</source>
            <translation>Надіслати відповідь для %1</translation>
        </message>
        <message>
            <source>Sent. %1 will see your answer.</source>
            <translation>Надіслано. %1 побачить вашу відповідь.</translation>
        </message>
    </context>
    <context>
        <name>ActivityFormPage</name>
        <message>
            <source>%1, hours</source>
            <translation>%1, години</translation>
        </message>
        <message>
            <source>%1, minutes</source>
            <translation>%1, хвилини</translation>
        </message>
        <message>
            <source>All activities</source>
            <translation>Усі заходи</translation>
        </message>
        <message>
            <source>Back to all activities, without saving</source>
            <translation>Назад до всіх заходів, без збереження</translation>
        </message>
        <message>
            <source>Change the activity</source>
            <translation>Змінити захід</translation>
        </message>
        <message>
            <source>Plan an activity</source>
            <translation>Запланувати захід</translation>
        </message>
        <message>
            <source>Everyone who signed up sees the change.</source>
            <translation>Усі, хто записався, побачать зміну.</translation>
        </message>
        <message>
            <source>Your neighbours see it in the programme and can sign up.</source>
            <translation>Ваші сусіди побачать це в програмі й зможуть записатися.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Назва</translation>
        </message>
        <message>
            <source>For example: Cooking together</source>
            <translation>Наприклад: Готуємо разом</translation>
        </message>
        <message>
            <source>Name of the activity</source>
            <translation>Назва заходу</translation>
        </message>
        <message>
            <source>What will you do? (optional)</source>
            <translation>Що ви робитимете? (необов’язково)</translation>
        </message>
        <message>
            <source>For example: we make soup and eat together</source>
            <translation>Наприклад: варимо суп і їмо разом</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Опис</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>Для кого?</translation>
        </message>
        <message>
            <source>For whom</source>
            <translation>Для кого</translation>
        </message>
        <message>
            <source>My corridor (%1)</source>
            <translation>Мій коридор (%1)</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>Усі в проєкті</translation>
        </message>
        <message>
            <source>This stays as it was planned.</source>
            <translation>Це залишається, як було заплановано.</translation>
        </message>
        <message>
            <source>Where?</source>
            <translation>Де?</translation>
        </message>
        <message>
            <source>Choose a place</source>
            <translation>Виберіть місце</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>Місце: %1</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Який день?</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>День: %1. Виберіть інший день</translation>
        </message>
        <message>
            <source>Starts at</source>
            <translation>Починається о</translation>
        </message>
        <message>
            <source>Ends at</source>
            <translation>Закінчується о</translation>
        </message>
        <message>
            <source>Only a limited number of places</source>
            <translation>Лише обмежена кількість місць</translation>
        </message>
        <message>
            <source>Number of places</source>
            <translation>Кількість місць</translation>
        </message>
        <message>
            <source>places</source>
            <translation>місць</translation>
        </message>
        <message>
            <source>Signing up closes before the start</source>
            <translation>Запис закривається до початку</translation>
        </message>
        <message>
            <source>Signing up closes on %1. Choose another day</source>
            <translation>Запис закривається %1. Виберіть інший день</translation>
        </message>
        <message>
            <source>Signing up closes at</source>
            <translation>Запис закривається о</translation>
        </message>
        <message>
            <source>Coming counts as wederkerigheid</source>
            <translation>Зараховується як взаємодопомога</translation>
        </message>
        <message>
            <source>Hours it counts for</source>
            <translation>Скільки годин зараховується</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>год</translation>
        </message>
        <message>
            <source>Minutes it counts for</source>
            <translation>Скільки хвилин зараховується</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>хв</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Cancel, without saving</source>
            <translation>Скасувати, без збереження</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>Зберегти зміну</translation>
        </message>
        <message>
            <source>Plan it</source>
            <translation>Запланувати</translation>
        </message>
        <message>
            <source>Saves the change to the programme.</source>
            <translation>Зберігає зміну в програмі.</translation>
        </message>
        <message>
            <source>Puts the activity in the programme.</source>
            <translation>Додає захід до програми.</translation>
        </message>
        <message>
            <source>Which dates do you change?</source>
            <translation>Які дати ви змінюєте?</translation>
        </message>
        <message>
            <source>Only this date</source>
            <translation>Лише ця дата</translation>
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation>Ця дата й усі пізніші дати</translation>
        </message>
        <message>
            <source>Repeats</source>
            <translation>Повторення</translation>
        </message>
        <message>
            <source>Does not repeat</source>
            <translation>Не повторюється</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Щотижня</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Раз на два тижні</translation>
        </message>
        <message>
            <source>Every month (same week)</source>
            <translation>Щомісяця (той самий тиждень)</translation>
        </message>
        <message>
            <source>Repeats: %1</source>
            <translation>Повторення: %1</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Останній день</translation>
        </message>
        <message>
            <source>Last day: %1. Choose another day</source>
            <translation>Останній день: %1. Виберіть інший день</translation>
        </message>
    </context>
    <context>
        <name>ActivityWeek</name>
        <message>
            <source>Cancelled: %1</source>
            <translation>Скасовано: %1</translation>
        </message>
        <message>
            <source>Opens the activity</source>
            <translation>Відкриває захід</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Скасовано</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Попередній тиждень</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Цей тиждень</translation>
        </message>
        <message>
            <source>Go to this week</source>
            <translation>Перейти до цього тижня</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Наступний тиждень</translation>
        </message>
        <message>
            <source>Activities in the week of %1</source>
            <translation>Заходи на тиждень %1</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Нічого не заплановано</translation>
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
            <translation>Демо: дані тут вигадані.</translation>
        </message>
        <message>
            <source>Home</source>
            <translation>Головна</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Записати години</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Мої години</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Мешканці</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Activities</source>
            <translation>Заходи</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Допомога</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Звернення</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Більше</translation>
        </message>
        <message>
            <source>Opens a list of the other screens</source>
            <translation>Відкриває список інших екранів</translation>
        </message>
    </context>
    <context>
        <name>AttendanceCard</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
        </message>
        <message>
            <source>Attendance over time</source>
            <translation>Відвідування за місяцями</translation>
        </message>
        <message>
            <source>The bar shows who came; the number, who came of who signed up.</source>
            <translation>Смуга показує, хто прийшов; число — скільки прийшло з тих, хто записався.</translation>
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Neighbour service</source>
            <translation>Допомога сусідам</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Захід</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Комітет</translation>
        </message>
        <message>
            <source>Garden and building</source>
            <translation>Сад і будинок</translation>
        </message>
        <message>
            <source>Language and lessons</source>
            <translation>Мова й уроки</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Інше</translation>
        </message>
    </context>
    <context>
        <name>DayPicker</name>
        <message>
            <source>Choose a day</source>
            <translation>Оберіть день</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Попередній місяць</translation>
        </message>
        <message>
            <source>Next month</source>
            <translation>Наступний місяць</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>DeviceLine</name>
        <message>
            <source>this device</source>
            <translation>цей пристрій</translation>
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation>чекає на надсилання</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Від’єднати</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>Від’єднати %1</translation>
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>never</source>
            <translation>ще не було</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>учора</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n день тому</numerusform>
                <numerusform>%n дні тому</numerusform>
                <numerusform>%n днів тому</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisconnectDialog</name>
        <message>
            <source>%1 of %2 is disconnected.</source>
            <translation>%2: пристрій %1 від’єднано.</translation>
        </message>
        <message>
            <source>Disconnect %1?</source>
            <translation>Від’єднати %1?</translation>
        </message>
        <message>
            <source>This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.</source>
            <translation>%1: після цього цей пристрій більше нічого не зможе бачити чи надсилати. Години цієї людини залишаться. Щоб знову користуватися Gangwerk на цьому пристрої, потрібне нове запрошення.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Від’єднати</translation>
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation>Від’єднати %1</translation>
        </message>
    </context>
    <context>
        <name>EmergencyGate</name>
        <message>
            <source>Danger now? Someone hurt, fire, violence? Call 112 first.</source>
            <translation>Небезпека просто зараз? Хтось поранений, пожежа, насильство? Спершу телефонуйте 112.</translation>
        </message>
        <message>
            <source>Call 112</source>
            <translation>Зателефонувати 112</translation>
        </message>
        <message>
            <source>Call 112, the emergency number</source>
            <translation>Зателефонувати 112, номер екстреної допомоги</translation>
        </message>
        <message>
            <source>Call %1 (day and night)</source>
            <translation>Зателефонувати %1 (цілодобово)</translation>
        </message>
        <message>
            <source>The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3.</source>
            <translation>Офіс зараз зачинено (години роботи: %1). Соціальний менеджер прочитає ваше звернення, коли офіс відкриється: %2. Це терміново? Телефонуйте %3.</translation>
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <source>Connect to your housing project</source>
            <translation>Підключіться до свого житлового проєкту</translation>
        </message>
        <message>
            <source>Your beheerder gives you a server address and an invite code. You only do this once on this device.</source>
            <translation>Соціальний менеджер дає вам адресу сервера та код запрошення. Це потрібно зробити лише один раз на цьому пристрої.</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>Адреса сервера</translation>
        </message>
        <message>
            <source>Starts with https://. An address with http:// only works for a test server on this computer.</source>
            <translation>Починається з https://. Адреса з http:// працює лише для тестового сервера на цьому комп’ютері.</translation>
        </message>
        <message>
            <source>Invite code</source>
            <translation>Код запрошення</translation>
        </message>
        <message>
            <source>Name of this device</source>
            <translation>Назва цього пристрою</translation>
        </message>
        <message>
            <source>So you and your beheerder can recognise it later.</source>
            <translation>Щоб ви і соціальний менеджер могли потім його впізнати.</translation>
        </message>
        <message>
            <source>Your name (if you want)</source>
            <translation>Ваше ім’я (за бажанням)</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Ваше ім’я</translation>
        </message>
        <message>
            <source>Leave it empty if your beheerder already wrote down your name.</source>
            <translation>Залиште порожнім, якщо соціальний менеджер уже записав ваше ім’я.</translation>
        </message>
        <message>
            <source>Connecting… This can take a moment.</source>
            <translation>Підключення… Це може тривати хвилинку.</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Підключити</translation>
        </message>
        <message>
            <source>Connects this device to your housing project.</source>
            <translation>Підключає цей пристрій до вашого житлового проєкту.</translation>
        </message>
        <message>
            <source>Got a link or a QR code from your beheerder? Open it on this device: everything is filled in.</source>
            <translation>Маєте посилання або QR-код від соціального менеджера? Відкрийте його на цьому пристрої, і все буде заповнено.</translation>
        </message>
        <message>
            <source>Capital letters, spaces and dashes do not matter. You can also paste the invite link here.</source>
            <translation>Великі літери, пробіли й дефіси не мають значення. Сюди також можна вставити посилання-запрошення.</translation>
        </message>
    </context>
    <context>
        <name>HelpBoardPage</name>
        <message>
            <source>Help each other</source>
            <translation>Допомагаємо одне одному</translation>
        </message>
        <message>
            <source>Small help between neighbours: groceries, a chat, a form.</source>
            <translation>Невелика допомога між сусідами: покупки, розмова, анкета.</translation>
        </message>
        <message>
            <source>Ask or offer help</source>
            <translation>Попросити або запропонувати допомогу</translation>
        </message>
        <message>
            <source>Which requests and offers</source>
            <translation>Які прохання й пропозиції</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>Для мене</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Мої</translation>
        </message>
        <message>
            <source>I help</source>
            <translation>Я допомагаю</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Огляд</translation>
        </message>
        <message>
            <source>You have not asked or offered anything yet. Neighbours like to help: ask for what you need.</source>
            <translation>Ви ще нічого не просили і не пропонували. Сусіди охоче допомагають: попросіть те, що вам потрібно.</translation>
        </message>
        <message>
            <source>You do not help with anything yet. Look under "For me".</source>
            <translation>Ви ще ні з чим не допомагаєте. Погляньте в розділі «Для мене».</translation>
        </message>
        <message>
            <source>No open requests. Nothing waits for you.</source>
            <translation>Немає відкритих прохань. На вас нічого не чекає.</translation>
        </message>
        <message>
            <source>Nobody asks or offers anything right now.</source>
            <translation>Зараз ніхто нічого не просить і не пропонує.</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Your hours</source>
            <translation>Мої години</translation>
        </message>
        <message>
            <source>Everything you logged. Changes stay visible, so it is always clear what happened.</source>
            <translation>Усе, що ви записали. Зміни залишаються видимими, тож завжди зрозуміло, що сталося.</translation>
        </message>
        <message>
            <source>No hours logged yet. When you log hours, you will see them here.</source>
            <translation>Ще немає записаних годин. Коли ви запишете години, ви побачите їх тут.</translation>
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation>%1, %2, %3</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>змінено</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>ще не надіслано</translation>
        </message>
        <message>
            <source>Stored on this device, not sent to your project yet</source>
            <translation>Збережено на цьому пристрої, ще не надіслано до вашого проєкту</translation>
        </message>
        <message>
            <source>Not accepted by your project.</source>
            <translation>Ваш проєкт не прийняв цей запис.</translation>
        </message>
        <message>
            <source>Change or remove: %1</source>
            <translation>Змінити або видалити: %1</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Змінити</translation>
        </message>
        <message>
            <source>Change this entry</source>
            <translation>Змінити цей запис</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Видалити</translation>
        </message>
        <message>
            <source>Remove this entry</source>
            <translation>Видалити цей запис</translation>
        </message>
        <message>
            <source>Remove this entry?</source>
            <translation>Видалити цей запис?</translation>
        </message>
        <message>
            <source>The hours no longer count. The entry stays in your history, crossed out.</source>
            <translation>Ці години більше не зараховуються. Запис залишиться у вашій історії, закреслений.</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>Залишити</translation>
        </message>
        <message>
            <source>Removed. The entry stays in your history, crossed out.</source>
            <translation>Видалено. Запис залишиться у вашій історії, закреслений.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>Не так?</translation>
        </message>
        <message>
            <source>Not right? Ask the organiser to check: %1</source>
            <translation>Не так? Попросіть організатора перевірити: %1</translation>
        </message>
        <message>
            <source>Ask to check your hours</source>
            <translation>Попросити перевірити години</translation>
        </message>
        <message>
            <source>How many minutes are right?</source>
            <translation>Скільки хвилин правильно?</translation>
        </message>
        <message>
            <source>Minutes that are right</source>
            <translation>Правильні хвилини</translation>
        </message>
        <message>
            <source>Why? For example: I stayed to clean up.</source>
            <translation>Чому? Наприклад: я залишився(лася) прибрати.</translation>
        </message>
        <message>
            <source>Why is it not right?</source>
            <translation>Чому це не так?</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Надіслати</translation>
        </message>
        <message>
            <source>Send the question to the organiser</source>
            <translation>Надіслати запитання організатору</translation>
        </message>
        <message>
            <source>Sent. The organiser will check it.</source>
            <translation>Надіслано. Організатор перевірить.</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it.</source>
            <translation>Ваші години на паузі до %1 включно. Бережіть себе. Якщо ви все ж комусь допоможете, це можна записати.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this month.</source>
            <translation>Вам вдалося! Дякуємо за все, що ви зробили для сусідів цього місяця.</translation>
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this week.</source>
            <translation>Вам вдалося! Дякуємо за все, що ви зробили для сусідів цього тижня.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Цього місяця ще нічого не записано, і це нормально. У вас залишився ще %n день. Навіть маленька справа для сусіда теж зараховується.</numerusform>
                <numerusform>Цього місяця ще нічого не записано, і це нормально. У вас залишилося ще %n дні. Навіть маленька справа для сусіда теж зараховується.</numerusform>
                <numerusform>Цього місяця ще нічого не записано, і це нормально. У вас залишилося ще %n днів. Навіть маленька справа для сусіда теж зараховується.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Цього тижня ще нічого не записано, і це нормально. У вас залишився ще %n день. Навіть маленька справа для сусіда теж зараховується.</numerusform>
                <numerusform>Цього тижня ще нічого не записано, і це нормально. У вас залишилося ще %n дні. Навіть маленька справа для сусіда теж зараховується.</numerusform>
                <numerusform>Цього тижня ще нічого не записано, і це нормально. У вас залишилося ще %n днів. Навіть маленька справа для сусіда теж зараховується.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps.</source>
            <translation>
                <numerusform>Гарна робота! Залишилося ще %1, і у вас є ще %n день. Кожна година допомагає.</numerusform>
                <numerusform>Гарна робота! Залишилося ще %1, і у вас є ще %n дні. Кожна година допомагає.</numerusform>
                <numerusform>Гарна робота! Залишилося ще %1, і у вас є ще %n днів. Кожна година допомагає.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hi %1!</source>
            <translation>Привіт, %1!</translation>
        </message>
        <message>
            <source>Hi!</source>
            <translation>Привіт!</translation>
        </message>
        <message>
            <source>%1 · your hours are paused</source>
            <translation>%1 · ваші години на паузі</translation>
        </message>
        <message>
            <source>%1 · asked: %2</source>
            <translation>%1 · потрібно: %2</translation>
        </message>
        <message>
            <source>You look after %1</source>
            <translation>Ви дбаєте про %1</translation>
        </message>
        <message>
            <source>The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours.</source>
            <translation>Години просять від мешканців. У розділі «Мешканці» ви бачите, як справи в кожного, і можете поставити чиїсь години на паузу.</translation>
        </message>
        <message>
            <source>Residents</source>
            <translation>Мешканці</translation>
        </message>
        <message>
            <source>Opens the overview of all residents' hours.</source>
            <translation>Відкриває огляд годин усіх мешканців.</translation>
        </message>
        <message>
            <source>This month: %1</source>
            <translation>Цього місяця: %1</translation>
        </message>
        <message>
            <source>This week: %1</source>
            <translation>Цього тижня: %1</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>на паузі</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>з %1</translation>
        </message>
        <message>
            <source>Your progress</source>
            <translation>Ваш прогрес</translation>
        </message>
        <message>
            <source>%1 done. Your hours are paused until %2.</source>
            <translation>Виконано: %1. Ваші години на паузі до %2 включно.</translation>
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation>Виконано %1 з %2</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>Пауза до</translation>
        </message>
        <message>
            <source>Still to go</source>
            <translation>Залишилося</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Залишилося днів</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Наступний крок</translation>
        </message>
        <message numerus="yes">
            <source>Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back.</source>
            <translation>
                <numerusform>Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n день.</numerusform>
                <numerusform>Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n дні.</numerusform>
                <numerusform>Ви комусь допомогли? Запишіть це зараз, поки добре пам’ятаєте. Години можна записати, якщо відтоді минуло не більше ніж %n днів.</numerusform>
            </translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Записати години</translation>
        </message>
        <message>
            <source>Opens the form to log the hours you gave.</source>
            <translation>Відкриває форму, де можна записати години вашої допомоги.</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>Останні 12 місяців</translation>
        </message>
        <message>
            <source>All hours</source>
            <translation>Усі години</translation>
        </message>
        <message>
            <source>Show all your hours</source>
            <translation>Показати всі ваші години</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>Можливо, варто поговорити</translation>
        </message>
        <message>
            <source>In %1, everyone did at least half of what was asked so far.</source>
            <translation>У %1 усі зробили щонайменше половину того, що просили досі.</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
                <numerusform>і ще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>In %1, they did less than half of what was asked so far: %2.</source>
            <translation>У %1 ці мешканці зробили менше половини того, що просили досі: %2.</translation>
        </message>
        <message>
            <source>Show them</source>
            <translation>Показати</translation>
        </message>
        <message>
            <source>Show the residents who may need a conversation</source>
            <translation>Показати мешканців, з якими, можливо, варто поговорити</translation>
        </message>
    </context>
    <context>
        <name>HoursRules</name>
        <message>
            <source>Choose the day you helped.</source>
            <translation>Виберіть день, коли ви допомагали.</translation>
        </message>
        <message>
            <source>This day is in the future. Log hours after you did them.</source>
            <translation>Цей день ще не настав. Записуйте години після того, як ви допомогли.</translation>
        </message>
        <message numerus="yes">
            <source>This day is more than %n days ago. Ask your beheerder to add it.</source>
            <translation>
                <numerusform>Від цього дня минуло більше ніж %n день. Попросіть соціального менеджера додати ці години.</numerusform>
                <numerusform>Від цього дня минуло більше ніж %n дні. Попросіть соціального менеджера додати ці години.</numerusform>
                <numerusform>Від цього дня минуло більше ніж %n днів. Попросіть соціального менеджера додати ці години.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Log at least %n minutes.</source>
            <translation>
                <numerusform>Запишіть щонайменше %n хвилину.</numerusform>
                <numerusform>Запишіть щонайменше %n хвилини.</numerusform>
                <numerusform>Запишіть щонайменше %n хвилин.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>One entry can be at most %n hours. Split a longer day into parts.</source>
            <translation>
                <numerusform>Один запис може містити щонайбільше %n годину. Розділіть довгий день на частини.</numerusform>
                <numerusform>Один запис може містити щонайбільше %n години. Розділіть довгий день на частини.</numerusform>
                <numerusform>Один запис може містити щонайбільше %n годин. Розділіть довгий день на частини.</numerusform>
            </translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total. You can add %2 more on this day.</source>
            <translation>За один день можна записати загалом не більше ніж %1 год. На цей день можна додати ще %2.</translation>
        </message>
        <message>
            <source>Choose what kind of help it was.</source>
            <translation>Виберіть, яка це була допомога.</translation>
        </message>
        <message numerus="yes">
            <source>The note is too long. Use at most %n characters.</source>
            <translation>
                <numerusform>Нотатка задовга. Використайте щонайбільше %n символ.</numerusform>
                <numerusform>Нотатка задовга. Використайте щонайбільше %n символи.</numerusform>
                <numerusform>Нотатка задовга. Використайте щонайбільше %n символів.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry does not exist (any more).</source>
            <translation>Цього запису немає (або вже немає).</translation>
        </message>
        <message>
            <source>You can only change your own hours.</source>
            <translation>Ви можете змінювати лише власні години.</translation>
        </message>
        <message>
            <source>This entry was removed. Log the hours again instead.</source>
            <translation>Цей запис видалено. Натомість запишіть години знову.</translation>
        </message>
        <message>
            <source>This entry was already changed. Change the newest version instead.</source>
            <translation>Цей запис уже змінено. Змініть натомість найновішу версію.</translation>
        </message>
        <message>
            <source>This entry is too long ago to change. Ask your beheerder to change it.</source>
            <translation>Цей запис надто давній, щоб його змінити. Попросіть соціального менеджера змінити його.</translation>
        </message>
        <message>
            <source>This removal does not match the entry it removes. Nothing was changed.</source>
            <translation>Це видалення не відповідає запису, який воно видаляє. Нічого не змінено.</translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total.</source>
            <translation>За один день можна записати загалом не більше ніж %1 год.</translation>
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n год</numerusform>
                <numerusform>%n год</numerusform>
                <numerusform>%n год</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n хв</numerusform>
                <numerusform>%n хв</numerusform>
                <numerusform>%n хв</numerusform>
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
            <translation>Жити тут — означає допомагати одне одному</translation>
        </message>
        <message>
            <source>In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid.</source>
            <translation>У вашому житловому проєкті сусіди допомагають одне одному. Ваш проєкт просить кожного приділяти кілька годин на місяць. Ми називаємо це взаємодопомогою (wederkerigheid).</translation>
        </message>
        <message>
            <source>What counts</source>
            <translation>Що зараховується</translation>
        </message>
        <message>
            <source>Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too.</source>
            <translation>Покупки для сусіда, розмова, допомога з анкетою чи комп’ютером, спільне приготування їжі, робота в саду, збори мешканців. Дрібниці теж зараховуються.</translation>
        </message>
        <message>
            <source>Your hours, safe on this device</source>
            <translation>Ваші години — у безпеці на цьому пристрої</translation>
        </message>
        <message>
            <source>You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them.</source>
            <translation>Ви записуєте години своєї допомоги. Вони зберігаються під замком на цьому пристрої, і їх бачить лише соціальний менеджер. Ваші сусіди їх не бачать.</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Крок %1 з %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Пропустити</translation>
        </message>
        <message>
            <source>Skip the introduction</source>
            <translation>Пропустити вступ</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Далі</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Почати</translation>
        </message>
    </context>
    <context>
        <name>InviteLink</name>
        <message>
            <source>This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>Це не посилання-запрошення Gangwerk. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.</translation>
        </message>
        <message>
            <source>This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>У цьому посиланні-запрошенні немає правильної адреси. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.</translation>
        </message>
        <message>
            <source>This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation>У цьому посиланні-запрошенні немає правильного коду. Попросіть у соціального менеджера нове або введіть адресу й код самостійно.</translation>
        </message>
    </context>
    <context>
        <name>KnockOutcome</name>
        <message>
            <source>I spoke to them</source>
            <translation>Розмова відбулася</translation>
        </message>
        <message>
            <source>Nobody answered</source>
            <translation>Ніхто не відчинив</translation>
        </message>
        <message>
            <source>They asked for the beheerder</source>
            <translation>Людина хоче поговорити із соціальним менеджером</translation>
        </message>
    </context>
    <context>
        <name>KnockTasksCard</name>
        <message>
            <source>Knock on a door</source>
            <translation>Постукати в двері</translation>
        </message>
        <message>
            <source>Asked by %1. How did it go?</source>
            <translation>Прохання від %1. Як усе пройшло?</translation>
        </message>
        <message>
            <source>Thank you. The beheerder sees how it went.</source>
            <translation>Дякуємо. Соціальний менеджер побачить, як усе пройшло.</translation>
        </message>
    </context>
    <context>
        <name>LogHoursPage</name>
        <message>
            <source>Change an entry</source>
            <translation>Змінити запис</translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation>Записати години</translation>
        </message>
        <message>
            <source>Your old entry stays in your history, crossed out, so everything stays clear.</source>
            <translation>Ваш старий запис залишиться в історії, закреслений. Так усе буде зрозуміло.</translation>
        </message>
        <message>
            <source>Thank you for helping! Fill in what you did.</source>
            <translation>Дякуємо за вашу допомогу! Напишіть, що ви зробили.</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Який день?</translation>
        </message>
        <message>
            <source>How long?</source>
            <translation>Скільки часу?</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Години</translation>
        </message>
        <message>
            <source>hours</source>
            <translation>год</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Хвилини</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>хв</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>Яка це була допомога?</translation>
        </message>
        <message>
            <source>Kind of help</source>
            <translation>Вид допомоги</translation>
        </message>
        <message>
            <source>What did you do? (optional)</source>
            <translation>Що ви зробили? (необов’язково)</translation>
        </message>
        <message>
            <source>%1 / %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <source>%1 of %2 characters used</source>
            <translation>Використано символів: %1 з %2</translation>
        </message>
        <message>
            <source>For example: groceries for a neighbour</source>
            <translation>Наприклад: покупки для сусіда</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Save change</source>
            <translation>Зберегти зміну</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Зберегти</translation>
        </message>
        <message>
            <source>Stores these hours on this device.</source>
            <translation>Зберігає ці години на цьому пристрої.</translation>
        </message>
        <message>
            <source>Another day…</source>
            <translation>Інший день…</translation>
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation>День: %1. Оберіть інший день</translation>
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
            <translation>Відкриваємо ваші дані…</translation>
        </message>
        <message>
            <source>Gangwerk keeps your hours safe and encrypted on this device.</source>
            <translation>Gangwerk зберігає ваші години на цьому пристрої — надійно й у зашифрованому вигляді.</translation>
        </message>
        <message>
            <source>Gangwerk cannot open your data</source>
            <translation>Gangwerk не може відкрити ваші дані</translation>
        </message>
        <message>
            <source>Nothing was changed or deleted. If this keeps happening, ask your beheerder for help.</source>
            <translation>Нічого не змінено і не видалено. Якщо це повторюється, попросіть допомоги в соціального менеджера.</translation>
        </message>
    </context>
    <context>
        <name>MemberRow</name>
        <message>
            <source>gangmaker</source>
            <translation>організатор коридору</translation>
        </message>
        <message>
            <source>%1 done, hours paused until %2</source>
            <translation>Виконано %1, години на паузі до %2 включно</translation>
        </message>
        <message>
            <source>%1 done</source>
            <translation>Виконано %1</translation>
        </message>
        <message>
            <source>Hours paused until %1</source>
            <translation>Години на паузі до %1 включно</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>Змінити паузу</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>Змінити паузу: %1</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>Поставити години на паузу: %1</translation>
        </message>
        <message>
            <source>May need a conversation</source>
            <translation>Можливо, варто поговорити</translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Ще не підключено</translation>
        </message>
        <message>
            <source>studio %1</source>
            <translation>студія %1</translation>
        </message>
    </context>
    <context>
        <name>MonthChart</name>
        <message>
            <source>Your hours in the last 12 months</source>
            <translation>Ваші години за останні 12 місяців</translation>
        </message>
        <message>
            <source>Hours you gave</source>
            <translation>Ваші години</translation>
        </message>
        <message>
            <source>Hours asked by your project</source>
            <translation>Скільки просить ваш проєкт</translation>
        </message>
        <message>
            <source>Use the arrow keys to choose a month.</source>
            <translation>Оберіть місяць клавішами зі стрілками.</translation>
        </message>
    </context>
    <context>
        <name>MonthReport</name>
        <message>
            <source>Corridor</source>
            <translation>Коридор</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ім’я</translation>
        </message>
        <message>
            <source>Minutes done</source>
            <translation>Хвилин виконано</translation>
        </message>
        <message>
            <source>Minutes asked</source>
            <translation>Хвилин потрібно</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Виконано</translation>
        </message>
        <message>
            <source>Asked</source>
            <translation>Потрібно</translation>
        </message>
        <message>
            <source>Paused until</source>
            <translation>Пауза до</translation>
        </message>
        <message>
            <source>Wederkerigheid: %1, %2</source>
            <translation>Взаємодопомога (wederkerigheid): %1, %2</translation>
        </message>
        <message>
            <source>%1 residents. Together %2 done of %3 asked. %4 paused.</source>
            <translation>%1 мешканців. Разом виконано %2 з %3 потрібних. %4 на паузі.</translation>
        </message>
        <message>
            <source>Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.</source>
            <translation>Створено в Gangwerk. Години — привід поговорити з кимось, а не порівнювати людей.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be made.</source>
            <translation>Не вдається створити папку %1.</translation>
        </message>
        <message>
            <source>The report could not be saved (%1).</source>
            <translation>Не вдалося зберегти звіт (%1).</translation>
        </message>
    </context>
    <context>
        <name>MutationKinds</name>
        <message>
            <source>Hours you logged</source>
            <translation>Години, які ви записали</translation>
        </message>
        <message>
            <source>A pause of someone's hours</source>
            <translation>Пауза для чиїхось годин</translation>
        </message>
        <message>
            <source>A change</source>
            <translation>Зміна</translation>
        </message>
        <message>
            <source>A device you disconnected</source>
            <translation>Пристрій, який ви від’єднали</translation>
        </message>
        <message>
            <source>An activity you planned</source>
            <translation>Захід, який ви запланували</translation>
        </message>
        <message>
            <source>An activity you cancelled</source>
            <translation>Захід, який ви скасували</translation>
        </message>
        <message>
            <source>Your sign-up</source>
            <translation>Ваш запис на захід</translation>
        </message>
        <message>
            <source>Your sign-off</source>
            <translation>Скасування вашого запису на захід</translation>
        </message>
        <message>
            <source>Who came, as you marked it</source>
            <translation>Хто прийшов, як ви позначили</translation>
        </message>
        <message>
            <source>A place you gave from the waiting list</source>
            <translation>Місце, яке ви дали зі списку очікування</translation>
        </message>
        <message>
            <source>Your question about your hours</source>
            <translation>Ваше запитання про ваші години</translation>
        </message>
        <message>
            <source>Your answer to a question about hours</source>
            <translation>Ваша відповідь на запитання про години</translation>
        </message>
        <message>
            <source>A request or offer you posted</source>
            <translation>Ваше прохання чи пропозиція</translation>
        </message>
        <message>
            <source>Help you took</source>
            <translation>Допомога, яку ви взяли</translation>
        </message>
        <message>
            <source>Your offer to stand in</source>
            <translation>Ваша пропозиція підмінити</translation>
        </message>
        <message>
            <source>Help you gave back</source>
            <translation>Допомога, яку ви повернули</translation>
        </message>
        <message>
            <source>A request or offer you withdrew</source>
            <translation>Прохання чи пропозиція, які ви відкликали</translation>
        </message>
        <message>
            <source>A request or offer you put up again</source>
            <translation>Прохання чи пропозиція, які ви розмістили знову</translation>
        </message>
        <message>
            <source>Help you reported as done</source>
            <translation>Допомога, про яку ви повідомили, що її надано</translation>
        </message>
        <message>
            <source>Help you confirmed</source>
            <translation>Допомога, яку ви підтвердили</translation>
        </message>
        <message>
            <source>Your question about help</source>
            <translation>Ваше запитання про допомогу</translation>
        </message>
        <message>
            <source>Your decision about help</source>
            <translation>Ваше рішення щодо допомоги</translation>
        </message>
        <message>
            <source>A post you hid</source>
            <translation>Допис, який ви приховали</translation>
        </message>
        <message>
            <source>A helper you suggested</source>
            <translation>Людина, яку ви запропонували на допомогу</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Ваше повідомлення</translation>
        </message>
        <message>
            <source>Talents you changed</source>
            <translation>Таланти, які ви змінили</translation>
        </message>
        <message>
            <source>Your signal to the beheerder</source>
            <translation>Ваше звернення до соціального менеджера</translation>
        </message>
        <message>
            <source>What you added to a signal</source>
            <translation>Що ви додали до звернення</translation>
        </message>
        <message>
            <source>A signal you opened again</source>
            <translation>Звернення, яке ви відкрили знову</translation>
        </message>
        <message>
            <source>A signal you started on</source>
            <translation>Звернення, яким ви почали займатися</translation>
        </message>
        <message>
            <source>Your answer to a signal</source>
            <translation>Ваша відповідь на звернення</translation>
        </message>
        <message>
            <source>A signal you closed</source>
            <translation>Звернення, яке ви закрили</translation>
        </message>
        <message>
            <source>Signals you put together</source>
            <translation>Звернення, які ви об’єднали</translation>
        </message>
        <message>
            <source>Your note on a signal</source>
            <translation>Ваша нотатка до звернення</translation>
        </message>
        <message>
            <source>A knock on the door you asked for</source>
            <translation>Ваше прохання постукати в двері</translation>
        </message>
        <message>
            <source>How your knock on the door went</source>
            <translation>Як усе пройшло, коли ви постукали в двері</translation>
        </message>
        <message>
            <source>A signal you opened</source>
            <translation>Звернення, яке ви відкрили</translation>
        </message>
    </context>
    <context>
        <name>Mutations</name>
        <message>
            <source>This member is not part of your project.</source>
            <translation>Цей мешканець не належить до вашого проєкту.</translation>
        </message>
        <message>
            <source>A pause cannot end before today. Choose a later date, or lift the pause.</source>
            <translation>Пауза не може закінчитися раніше, ніж сьогодні. Виберіть пізнішу дату або зніміть паузу.</translation>
        </message>
        <message>
            <source>This device is not part of your project.</source>
            <translation>Цей пристрій не належить до вашого проєкту.</translation>
        </message>
        <message>
            <source>You are using this device now. You cannot disconnect it from here.</source>
            <translation>Ви зараз користуєтеся цим пристроєм. Звідси його не можна від’єднати.</translation>
        </message>
        <message>
            <source>This activity does not exist (any more).</source>
            <translation>Такого заходу немає (або вже немає).</translation>
        </message>
        <message>
            <source>This activity is for another corridor.</source>
            <translation>Цей захід для іншого коридору.</translation>
        </message>
        <message>
            <source>An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.</source>
            <translation>Захід залишається для того коридору, для якого його заплановано. Натомість скасуйте його й заплануйте новий.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. It cannot be changed any more.</source>
            <translation>Цей захід скасовано або він уже закінчився. Його більше не можна змінити.</translation>
        </message>
        <message>
            <source>An activity has at most 4 organisers.</source>
            <translation>У заходу може бути щонайбільше 4 організатори.</translation>
        </message>
        <message>
            <source>Say in a few words why it is cancelled, so that the people who signed up know.</source>
            <translation>Напишіть кількома словами, чому захід скасовано, щоб ті, хто записався, знали.</translation>
        </message>
        <message>
            <source>This activity is over. It cannot be cancelled.</source>
            <translation>Цей захід уже закінчився. Його не можна скасувати.</translation>
        </message>
        <message>
            <source>This sign-up does not exist (any more).</source>
            <translation>Такого запису немає (або вже немає).</translation>
        </message>
        <message>
            <source>This activity has already started. Tell the organiser if you cannot stay.</source>
            <translation>Цей захід уже почався. Якщо ви не можете залишитися, скажіть організатору.</translation>
        </message>
        <message>
            <source>This activity is cancelled. Nobody can be marked as present.</source>
            <translation>Цей захід скасовано. Нікого не можна позначити присутнім.</translation>
        </message>
        <message>
            <source>This activity has not started yet. Mark who came once it has begun.</source>
            <translation>Цей захід ще не почався. Позначте, хто прийшов, коли він почнеться.</translation>
        </message>
        <message>
            <source>This activity is cancelled or over. Nobody can get a place any more.</source>
            <translation>Цей захід скасовано або він уже минув. Ніхто вже не може отримати місце.</translation>
        </message>
        <message>
            <source>This activity has already started.</source>
            <translation>Цей захід уже почався.</translation>
        </message>
        <message>
            <source>This neighbour is not on the waiting list (any more).</source>
            <translation>Цього сусіда (вже) немає у списку очікування.</translation>
        </message>
        <message>
            <source>This request or offer does not exist (any more).</source>
            <translation>Такого прохання чи пропозиції немає (або вже немає).</translation>
        </message>
        <message>
            <source>This is for another corridor.</source>
            <translation>Це для іншого коридору.</translation>
        </message>
        <message>
            <source>This signal does not exist (any more).</source>
            <translation>Такого звернення немає (або вже немає).</translation>
        </message>
        <message>
            <source>This task does not exist (any more).</source>
            <translation>Такого завдання немає (або вже немає).</translation>
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>The pause could not be saved. Please try again.</source>
            <translation>Не вдалося зберегти паузу. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The pause for %1 is lifted.</source>
            <translation>%1: паузу знято.</translation>
        </message>
        <message>
            <source>%1's hours are paused until %2.</source>
            <translation>%1: години на паузі до %2 включно.</translation>
        </message>
        <message>
            <source>Pause hours for %1</source>
            <translation>Пауза годин: %1</translation>
        </message>
        <message>
            <source>The hours of %1 are paused until %2. Choose a new date, or lift the pause.</source>
            <translation>%1: години на паузі до %2 включно. Виберіть нову дату або зніміть паузу.</translation>
        </message>
        <message>
            <source>During a pause, %1 is not asked to do hours. Hours they still log keep counting.</source>
            <translation>Під час паузи %1 не має виконувати години. Години, які все ж буде записано, і далі зараховуються.</translation>
        </message>
        <message>
            <source>Keep it until %1, as it is now</source>
            <translation>Залишити як є: до %1 включно</translation>
        </message>
        <message>
            <source>Until the end of this month (%1)</source>
            <translation>До кінця цього місяця (%1)</translation>
        </message>
        <message>
            <source>Until the end of next month (%1)</source>
            <translation>До кінця наступного місяця (%1)</translation>
        </message>
        <message>
            <source>For a number of weeks</source>
            <translation>На кілька тижнів</translation>
        </message>
        <message>
            <source>Number of weeks</source>
            <translation>Кількість тижнів</translation>
        </message>
        <message numerus="yes">
            <source>%n week(s), until %1</source>
            <translation>
                <numerusform>%n тиждень, до %1 включно</numerusform>
                <numerusform>%n тижні, до %1 включно</numerusform>
                <numerusform>%n тижнів, до %1 включно</numerusform>
            </translation>
        </message>
        <message>
            <source>Lift the pause: hours are asked again from today</source>
            <translation>Зняти паузу: з сьогодні години знову потрібні</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Lift pause</source>
            <translation>Зняти паузу</translation>
        </message>
        <message>
            <source>Keep pause</source>
            <translation>Залишити паузу</translation>
        </message>
        <message>
            <source>Extend pause</source>
            <translation>Продовжити паузу</translation>
        </message>
        <message>
            <source>Shorten pause</source>
            <translation>Скоротити паузу</translation>
        </message>
        <message>
            <source>Pause hours</source>
            <translation>Поставити години на паузу</translation>
        </message>
        <message>
            <source>Reason (optional, only the beheerder sees it)</source>
            <translation>Причина (необов’язково, бачить лише соціальний менеджер)</translation>
        </message>
        <message>
            <source>Reason for the pause, optional. Only the beheerder sees it.</source>
            <translation>Причина паузи, необов’язково. Бачить лише соціальний менеджер.</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>You can only log your own hours.</source>
            <translation>Ви можете записувати лише власні години.</translation>
        </message>
        <message>
            <source>Only a beheerder can credit hours for an activity or a service.</source>
            <translation>Лише соціальний менеджер може зарахувати години за захід або допомогу.</translation>
        </message>
        <message>
            <source>Only the beheerder sees everyone's hours.</source>
            <translation>Лише соціальний менеджер бачить години всіх.</translation>
        </message>
        <message>
            <source>Only a beheerder can pause a requirement.</source>
            <translation>Лише соціальний менеджер може поставити на паузу години, які від когось потрібні.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see this.</source>
            <translation>Це бачать лише сам мешканець і соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only the beheerder sees the reason for a pause.</source>
            <translation>Лише соціальний менеджер бачить причину паузи.</translation>
        </message>
        <message>
            <source>This is only for the people of that corridor.</source>
            <translation>Це лише для людей з того коридору.</translation>
        </message>
        <message>
            <source>Only the beheerder sees this.</source>
            <translation>Це бачить лише соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can plan an activity here.</source>
            <translation>Запланувати тут захід може лише організатор коридору або соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can change this activity.</source>
            <translation>Змінити цей захід може лише організатор цього коридору або соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can cancel this activity.</source>
            <translation>Скасувати цей захід може лише організатор цього коридору або соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only the organisers see who signed up.</source>
            <translation>Лише організатори бачать, хто записався.</translation>
        </message>
        <message>
            <source>Only the organisers can take attendance.</source>
            <translation>Лише організатори можуть відмічати, хто прийшов.</translation>
        </message>
        <message>
            <source>Only the organisers can give someone a place from the waiting list.</source>
            <translation>Лише організатори можуть дати комусь місце зі списку очікування.</translation>
        </message>
        <message>
            <source>You can only sign yourself up or off.</source>
            <translation>Ви можете записати або виписати лише себе.</translation>
        </message>
        <message>
            <source>You can only come together with a neighbour from your corridor.</source>
            <translation>Ви можете прийти лише разом із сусідом зі свого коридору.</translation>
        </message>
        <message>
            <source>You can only ask or offer help for yourself.</source>
            <translation>Ви можете просити або пропонувати допомогу лише від свого імені.</translation>
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can ask for help for a neighbour.</source>
            <translation>Просити допомоги для сусіда може лише організатор коридору або соціальний менеджер.</translation>
        </message>
        <message>
            <source>You cannot take this request.</source>
            <translation>Ви не можете взяти це прохання.</translation>
        </message>
        <message>
            <source>Only the helper can report this help as done.</source>
            <translation>Лише той, хто допомагає, може повідомити, що допомогу надано.</translation>
        </message>
        <message>
            <source>Only the person who asked can confirm this help.</source>
            <translation>Лише той, хто просив, може підтвердити цю допомогу.</translation>
        </message>
        <message>
            <source>Only the beheerder can hide a post.</source>
            <translation>Лише соціальний менеджер може приховати допис.</translation>
        </message>
        <message>
            <source>Only the beheerder can settle this.</source>
            <translation>Лише соціальний менеджер може це вирішити.</translation>
        </message>
        <message>
            <source>Only the member and the beheerder see these talents.</source>
            <translation>Ці таланти бачать лише сам мешканець і соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only the beheerder can change talents.</source>
            <translation>Лише соціальний менеджер може змінювати таланти.</translation>
        </message>
        <message>
            <source>You can only send a signal in your own name.</source>
            <translation>Ви можете надіслати звернення лише від свого імені.</translation>
        </message>
        <message>
            <source>Only a gangmaker can send a signal for a neighbour.</source>
            <translation>Лише організатор коридору може надіслати звернення від імені сусіда.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal and the beheerder see it.</source>
            <translation>Це звернення бачать лише той, хто його надіслав, і соціальний менеджер.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can add to it.</source>
            <translation>Лише той, хто надіслав це звернення, може щось до нього додати.</translation>
        </message>
        <message>
            <source>Only the person who sent this signal can open it again.</source>
            <translation>Лише той, хто надіслав це звернення, може відкрити його знову.</translation>
        </message>
        <message>
            <source>Only the beheerder can handle a signal.</source>
            <translation>Лише соціальний менеджер може опрацювати звернення.</translation>
        </message>
        <message>
            <source>Only the beheerder sees notes on a signal.</source>
            <translation>Лише соціальний менеджер бачить нотатки до звернення.</translation>
        </message>
        <message>
            <source>Only the beheerder can write notes on a signal.</source>
            <translation>Лише соціальний менеджер може писати нотатки до звернення.</translation>
        </message>
        <message>
            <source>Only the beheerder can ask for a knock on the door.</source>
            <translation>Лише соціальний менеджер може попросити когось постукати в чиїсь двері.</translation>
        </message>
        <message>
            <source>This task is for someone else.</source>
            <translation>Це завдання для когось іншого.</translation>
        </message>
        <message>
            <source>Only the beheerder can invite people.</source>
            <translation>Лише соціальний менеджер може запрошувати людей.</translation>
        </message>
        <message>
            <source>Only the beheerder can disconnect a device.</source>
            <translation>Лише соціальний менеджер може від’єднати пристрій.</translation>
        </message>
        <message>
            <source>You can only ask about your own hours.</source>
            <translation>Ви можете питати лише про свої години.</translation>
        </message>
        <message>
            <source>Only the organisers or the beheerder can answer a question about hours.</source>
            <translation>Лише організатори або beheerder можуть відповісти на запитання про години.</translation>
        </message>
        <message>
            <source>Only the beheerder can suggest a helper.</source>
            <translation>Лише соціальний менеджер може запропонувати, хто допоможе.</translation>
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
            <translation>Сьогодні: %1</translation>
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation>Завтра: %1</translation>
        </message>
        <message>
            <source>%1–%2</source>
            <translation>%1–%2</translation>
        </message>
        <message>
            <source>Soon: %1</source>
            <translation>Скоро: %1</translation>
        </message>
        <message>
            <source>Starts at %1</source>
            <translation>Початок о %1</translation>
        </message>
        <message>
            <source>You have a place now</source>
            <translation>Тепер у вас є місце</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation>Скасовано: %1</translation>
        </message>
        <message>
            <source>%1. Open Gangwerk to read why.</source>
            <translation>%1. Відкрийте Gangwerk, щоб дізнатися чому.</translation>
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>All residents</source>
            <translation>Усі мешканці</translation>
        </message>
        <message>
            <source>Back to all residents</source>
            <translation>Назад до всіх мешканців</translation>
        </message>
        <message>
            <source>Change pause</source>
            <translation>Змінити паузу</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation>Змінити паузу: %1</translation>
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation>Поставити години на паузу: %1</translation>
        </message>
        <message>
            <source>The last 12 months</source>
            <translation>Останні 12 місяців</translation>
        </message>
        <message>
            <source>Hours given</source>
            <translation>Надані години</translation>
        </message>
        <message>
            <source>Pauses</source>
            <translation>Паузи</translation>
        </message>
        <message>
            <source>No pauses.</source>
            <translation>Пауз немає.</translation>
        </message>
        <message>
            <source>now</source>
            <translation>зараз</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Причина: %1</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>No hours filled in yet.</source>
            <translation>Ще немає записаних годин.</translation>
        </message>
        <message>
            <source>a correction</source>
            <translation>виправлення</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>Студія %1</translation>
        </message>
        <message>
            <source>Devices</source>
            <translation>Пристрої</translation>
        </message>
        <message>
            <source>Not connected yet. Give %1 an invite to connect a phone.</source>
            <translation>Ще не підключено. Дайте запрошення, і %1 зможе підключити телефон.</translation>
        </message>
        <message>
            <source>Talents</source>
            <translation>Таланти</translation>
        </message>
        <message>
            <source>What %1 likes to help with. You see who fits when a neighbour asks for help.</source>
            <translation>З чим %1 охоче допомагає. Так ви бачите, хто підходить, коли сусід просить допомоги.</translation>
        </message>
        <message>
            <source>Save talents</source>
            <translation>Зберегти таланти</translation>
        </message>
        <message>
            <source>Talents saved.</source>
            <translation>Таланти збережено.</translation>
        </message>
    </context>
    <context>
        <name>ResidentRow</name>
        <message>
            <source>No corridor</source>
            <translation>Без коридору</translation>
        </message>
    </context>
    <context>
        <name>ResidentsFilters</name>
        <message>
            <source>Residents</source>
            <translation>Мешканці</translation>
        </message>
        <message>
            <source>%1: hours done and hours asked. A reason to talk with someone, never to compare people.</source>
            <translation>%1: виконані та потрібні години. Привід поговорити з кимось, а не порівнювати людей.</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>Цей місяць</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Цей тиждень</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>Минулий місяць</translation>
        </message>
        <message>
            <source>Last week</source>
            <translation>Минулий тиждень</translation>
        </message>
        <message>
            <source>Month report</source>
            <translation>Звіт за місяць</translation>
        </message>
        <message>
            <source>Save the month report for the housing provider, as a spreadsheet and to print</source>
            <translation>Зберегти звіт за місяць для житлової організації: таблицею і для друку</translation>
        </message>
        <message>
            <source>Open the folder with the report</source>
            <translation>Відкрити папку зі звітом</translation>
        </message>
        <message>
            <source>Find by name, studio or corridor</source>
            <translation>Пошук за ім’ям, студією або коридором</translation>
        </message>
        <message>
            <source>Find a resident by name, studio or corridor</source>
            <translation>Знайти мешканця за ім’ям, студією або коридором</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Worth a talk</source>
            <translation>Варто поговорити</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>На паузі</translation>
        </message>
        <message numerus="yes">
            <source>Not updated for %n days</source>
            <translation>
                <numerusform>Без оновлень %n день</numerusform>
                <numerusform>Без оновлень %n дні</numerusform>
                <numerusform>Без оновлень %n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation>Ще не підключено</translation>
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n день</numerusform>
                <numerusform>%n дні</numerusform>
                <numerusform>%n днів</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated for how many days</source>
            <translation>Скільки днів без оновлень</translation>
        </message>
        <message>
            <source>By corridor</source>
            <translation>За коридором</translation>
        </message>
        <message>
            <source>Group by corridor</source>
            <translation>Групувати за коридором</translation>
        </message>
        <message>
            <source>%1 of %2 residents shown</source>
            <translation>%1 з %2 мешканців</translation>
        </message>
        <message>
            <source>Getting the residents from your project…</source>
            <translation>Отримуємо мешканців із вашого проєкту…</translation>
        </message>
        <message>
            <source>No residents yet. They appear here after they connect and sync.</source>
            <translation>Мешканців ще немає. Вони з’являться тут, коли підключаться й синхронізуються.</translation>
        </message>
        <message>
            <source>Nobody matches. Clear the search or choose Everyone.</source>
            <translation>Нікого не знайдено. Очистіть пошук або виберіть «Усі».</translation>
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation>Мешканці</translation>
        </message>
        <message>
            <source>paused until %1</source>
            <translation>пауза до %1</translation>
        </message>
    </context>
    <context>
        <name>ServiceCard</name>
        <message>
            <source>Nobody took this for 2 days</source>
            <translation>Уже 2 дні ніхто цього не взяв</translation>
        </message>
    </context>
    <context>
        <name>ServiceCategory</name>
        <message>
            <source>Groceries</source>
            <translation>Покупки</translation>
        </message>
        <message>
            <source>A chat, a listening ear</source>
            <translation>Розмова, уміння вислухати</translation>
        </message>
        <message>
            <source>Computer or phone</source>
            <translation>Комп’ютер або телефон</translation>
        </message>
        <message>
            <source>Letters and forms</source>
            <translation>Листи й анкети</translation>
        </message>
        <message>
            <source>A small job</source>
            <translation>Невелика справа</translation>
        </message>
        <message>
            <source>Language buddy</source>
            <translation>Мовний партнер</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Щось інше</translation>
        </message>
        <message>
            <source>It is about care or health</source>
            <translation>Це про догляд або здоров’я</translation>
        </message>
        <message>
            <source>It is about money or a bank card</source>
            <translation>Це про гроші або банківську картку</translation>
        </message>
    </context>
    <context>
        <name>ServiceDetail</name>
        <message>
            <source>Choose a request or offer to see it here.</source>
            <translation>Виберіть прохання або пропозицію, щоб побачити тут.</translation>
        </message>
        <message>
            <source>Back to the Help board</source>
            <translation>Назад до дошки допомоги</translation>
        </message>
        <message>
            <source>For the whole project</source>
            <translation>Для всього проєкту</translation>
        </message>
        <message>
            <source>For your corridor</source>
            <translation>Для вашого коридору</translation>
        </message>
        <message>
            <source>The beheerder says: %1</source>
            <translation>Соціальний менеджер каже: %1</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help with this.</source>
            <translation>Соціальний менеджер думає, що ви можете з цим допомогти.</translation>
        </message>
        <message>
            <source>Yes, I would like this</source>
            <translation>Так, я хочу цього</translation>
        </message>
        <message>
            <source>I will help</source>
            <translation>Я допоможу</translation>
        </message>
        <message>
            <source>Thank you! You can now send a message.</source>
            <translation>Дякуємо! Тепер ви можете надіслати повідомлення.</translation>
        </message>
        <message>
            <source>Stand in if needed</source>
            <translation>Підмінити, якщо треба</translation>
        </message>
        <message>
            <source>If the helper gives it back, it is yours.</source>
            <translation>Якщо той, хто допомагає, поверне це, справа перейде до вас.</translation>
        </message>
        <message>
            <source>You will stand in if needed.</source>
            <translation>Ви підміните, якщо буде треба.</translation>
        </message>
        <message>
            <source>It is done</source>
            <translation>Зроблено</translation>
        </message>
        <message>
            <source>Give it back</source>
            <translation>Повернути</translation>
        </message>
        <message>
            <source>Given back. A neighbour can take it now.</source>
            <translation>Повернуто. Тепер це може взяти хтось із сусідів.</translation>
        </message>
        <message>
            <source>Put it up again</source>
            <translation>Розмістити знову</translation>
        </message>
        <message>
            <source>It is on the board again.</source>
            <translation>Знову на дошці.</translation>
        </message>
        <message>
            <source>Withdraw</source>
            <translation>Відкликати</translation>
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation>Відкликано.</translation>
        </message>
        <message>
            <source>Hide this post</source>
            <translation>Приховати цей допис</translation>
        </message>
        <message>
            <source>Help on %1: %2</source>
            <translation>Допомога %1: %2</translation>
        </message>
        <message>
            <source>Yes, I was helped</source>
            <translation>Так, мені допомогли</translation>
        </message>
        <message>
            <source>Thank you! The helper gets the hours.</source>
            <translation>Дякуємо! Той, хто допомагав, отримає години.</translation>
        </message>
        <message>
            <source>Not right?</source>
            <translation>Не так?</translation>
        </message>
        <message>
            <source>Count the hours</source>
            <translation>Зарахувати години</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>Без годин</translation>
        </message>
        <message>
            <source>Neighbours who are good at this</source>
            <translation>Сусіди, які це добре вміють</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Запропоновано</translation>
        </message>
        <message>
            <source>Suggest</source>
            <translation>Запропонувати</translation>
        </message>
        <message>
            <source>Suggest %1</source>
            <translation>Запропонувати: %1</translation>
        </message>
        <message>
            <source>%1 will be told.</source>
            <translation>%1 отримає повідомлення.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Повідомлення</translation>
        </message>
        <message>
            <source>Only you and the other person read these. No need to share your phone number.</source>
            <translation>Ці повідомлення читаєте лише ви й інша людина. Свій номер телефону давати не потрібно.</translation>
        </message>
        <message>
            <source>Write a message</source>
            <translation>Напишіть повідомлення</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Повідомлення</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Надіслати</translation>
        </message>
        <message>
            <source>Sent.</source>
            <translation>Надіслано.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Що сталося</translation>
        </message>
        <message>
            <source>You helped. How did it go?</source>
            <translation>Ви допомогли. Як усе пройшло?</translation>
        </message>
        <message>
            <source>A few words (you may leave this empty)</source>
            <translation>Кілька слів (можна залишити порожнім)</translation>
        </message>
        <message>
            <source>Report as done</source>
            <translation>Повідомити, що зроблено</translation>
        </message>
        <message>
            <source>Reported. Your neighbour is asked to confirm.</source>
            <translation>Повідомлено. Ми попросимо сусіда це підтвердити.</translation>
        </message>
        <message>
            <source>What is not right? The beheerder will look at it.</source>
            <translation>Що не так? Соціальний менеджер це перегляне.</translation>
        </message>
        <message>
            <source>The beheerder will look at it.</source>
            <translation>Соціальний менеджер це перегляне.</translation>
        </message>
        <message>
            <source>Count these hours</source>
            <translation>Зарахувати ці години</translation>
        </message>
        <message>
            <source>A word for both of them (you may leave this empty)</source>
            <translation>Кілька слів для обох (можна залишити порожнім)</translation>
        </message>
        <message>
            <source>Decided.</source>
            <translation>Рішення ухвалено.</translation>
        </message>
        <message>
            <source>No hours for this help?</source>
            <translation>Не зараховувати години за цю допомогу?</translation>
        </message>
        <message>
            <source>Why? Both of them read this.</source>
            <translation>Чому? Обоє це прочитають.</translation>
        </message>
        <message>
            <source>Hide this post?</source>
            <translation>Приховати цей допис?</translation>
        </message>
        <message>
            <source>Why? The person who posted it reads this.</source>
            <translation>Чому? Це прочитає той, хто його розмістив.</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Приховати</translation>
        </message>
        <message>
            <source>Hidden.</source>
            <translation>Приховано.</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Допомога</translation>
        </message>
    </context>
    <context>
        <name>ServiceFormPage</name>
        <message>
            <source>Your offer is on the board.</source>
            <translation>Ваша пропозиція на дошці.</translation>
        </message>
        <message>
            <source>Your request is on the board. A neighbour can take it now.</source>
            <translation>Ваше прохання на дошці. Тепер його може взяти хтось із сусідів.</translation>
        </message>
        <message>
            <source>Offer help</source>
            <translation>Запропонувати допомогу</translation>
        </message>
        <message>
            <source>Ask for help</source>
            <translation>Попросити допомоги</translation>
        </message>
        <message>
            <source>Neighbours help with small things. It costs you nothing.</source>
            <translation>Сусіди допомагають із дрібницями. Це нічого вам не коштує.</translation>
        </message>
        <message>
            <source>I would like help</source>
            <translation>Мені потрібна допомога</translation>
        </message>
        <message>
            <source>I can help</source>
            <translation>Я можу допомогти</translation>
        </message>
        <message>
            <source>What kind of help?</source>
            <translation>Яка допомога?</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Виберіть…</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.</source>
            <translation>Сусіди допомагають із дрібницями. З доглядом, здоров’ям чи грошима вам допоможе соціальний менеджер. Так безпечніше для вас.</translation>
        </message>
        <message>
            <source>The beheerder: %1</source>
            <translation>Соціальний менеджер: %1</translation>
        </message>
        <message>
            <source>What can you do?</source>
            <translation>Що ви можете зробити?</translation>
        </message>
        <message>
            <source>What do you need?</source>
            <translation>Що вам потрібно?</translation>
        </message>
        <message>
            <source>For example: I can help with a computer or phone.</source>
            <translation>Наприклад: я можу допомогти з комп’ютером або телефоном.</translation>
        </message>
        <message>
            <source>For example: Who can bring milk and bread on Tuesday?</source>
            <translation>Наприклад: хто може принести молоко й хліб у вівторок?</translation>
        </message>
        <message>
            <source>When?</source>
            <translation>Коли?</translation>
        </message>
        <message>
            <source>Flexible: any time is fine</source>
            <translation>Гнучко: будь-який час підходить</translation>
        </message>
        <message>
            <source>Day: %1</source>
            <translation>День: %1</translation>
        </message>
        <message>
            <source>from %1:00</source>
            <translation>з %1:00</translation>
        </message>
        <message>
            <source>From (hour)</source>
            <translation>З (година)</translation>
        </message>
        <message>
            <source>until %1:00</source>
            <translation>до %1:00</translation>
        </message>
        <message>
            <source>Until (hour)</source>
            <translation>До (година)</translation>
        </message>
        <message>
            <source>Every week, for %1 weeks</source>
            <translation>Щотижня, кількість тижнів: %1</translation>
        </message>
        <message>
            <source>About how long?</source>
            <translation>Скільки приблизно часу?</translation>
        </message>
        <message>
            <source>About how long? In minutes</source>
            <translation>Скільки приблизно часу? У хвилинах</translation>
        </message>
        <message>
            <source>Who sees it?</source>
            <translation>Хто це бачить?</translation>
        </message>
        <message>
            <source>My corridor</source>
            <translation>Мій коридор</translation>
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation>Усі в проєкті</translation>
        </message>
        <message>
            <source>For whom?</source>
            <translation>Для кого?</translation>
        </message>
        <message>
            <source>For me</source>
            <translation>Для мене</translation>
        </message>
        <message>
            <source>Other neighbours do not see the name. You talk with the helper.</source>
            <translation>Інші сусіди не бачать імені. З тим, хто допомагає, спілкуєтеся ви.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
        <message>
            <source>Offer</source>
            <translation>Запропонувати</translation>
        </message>
        <message>
            <source>Ask</source>
            <translation>Попросити</translation>
        </message>
        <message>
            <source>Put my offer on the board</source>
            <translation>Розмістити мою пропозицію на дошці</translation>
        </message>
        <message>
            <source>Put my request on the board</source>
            <translation>Розмістити моє прохання на дошці</translation>
        </message>
    </context>
    <context>
        <name>ServiceNotices</name>
        <message>
            <source>A neighbour will help you</source>
            <translation>Сусід вам допоможе</translation>
        </message>
        <message>
            <source>A neighbour said yes to your offer</source>
            <translation>Хтось із сусідів прийняв вашу пропозицію</translation>
        </message>
        <message>
            <source>Open Gangwerk to send a message.</source>
            <translation>Відкрийте Gangwerk, щоб надіслати повідомлення.</translation>
        </message>
        <message>
            <source>Your neighbour helped you</source>
            <translation>Сусід вам допоміг</translation>
        </message>
        <message>
            <source>Please confirm the help in Gangwerk, so your neighbour gets the hours.</source>
            <translation>Будь ласка, підтвердьте допомогу в Gangwerk, щоб сусід отримав години.</translation>
        </message>
        <message>
            <source>Thank you for helping</source>
            <translation>Дякуємо за вашу допомогу</translation>
        </message>
        <message>
            <source>%1 counted as your hours.</source>
            <translation>%1 зараховано до ваших годин.</translation>
        </message>
        <message>
            <source>Nobody took your request</source>
            <translation>Ніхто не взяв вашого прохання</translation>
        </message>
        <message>
            <source>Nobody took your offer</source>
            <translation>Ніхто не прийняв вашої пропозиції</translation>
        </message>
        <message>
            <source>It is no longer on the board. You can put it up again in Gangwerk.</source>
            <translation>Цього вже немає на дошці. Ви можете розмістити це знову в Gangwerk.</translation>
        </message>
        <message>
            <source>New message</source>
            <translation>Нове повідомлення</translation>
        </message>
        <message>
            <source>You have a new message about a request for help.</source>
            <translation>У вас нове повідомлення щодо прохання про допомогу.</translation>
        </message>
        <message>
            <source>Can you help?</source>
            <translation>Можете допомогти?</translation>
        </message>
        <message>
            <source>The beheerder thinks you could help a neighbour. Have a look in Gangwerk.</source>
            <translation>Соціальний менеджер думає, що ви можете допомогти сусідові. Загляньте в Gangwerk.</translation>
        </message>
        <message>
            <source>A request waits for help</source>
            <translation>Прохання чекає на допомогу</translation>
        </message>
        <message>
            <source>Nobody took a request for help for 2 days. Can you find someone?</source>
            <translation>Уже 2 дні ніхто не бере прохання про допомогу. Можете когось знайти?</translation>
        </message>
    </context>
    <context>
        <name>ServiceRules</name>
        <message>
            <source>Choose what kind of help it is.</source>
            <translation>Виберіть, яка це допомога.</translation>
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further.</source>
            <translation>Сусіди допомагають із дрібницями. З доглядом, здоров’ям чи грошима вам допоможе соціальний менеджер.</translation>
        </message>
        <message>
            <source>Write in a few words what it is about.</source>
            <translation>Напишіть кількома словами, про що йдеться.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 1000 characters.</source>
            <translation>Текст задовгий. Використайте щонайбільше 1000 символів.</translation>
        </message>
        <message>
            <source>Say how long it takes: between 5 minutes and 8 hours.</source>
            <translation>Вкажіть, скільки це триватиме: від 5 хвилин до 8 годин.</translation>
        </message>
        <message>
            <source>The end of the time must be after its start.</source>
            <translation>Кінець має бути пізніше за початок.</translation>
        </message>
        <message>
            <source>This time has passed already. Choose a later time or "flexible".</source>
            <translation>Цей час уже минув. Виберіть пізніший час або «Гнучко».</translation>
        </message>
        <message>
            <source>Help that repeats needs a first day and time.</source>
            <translation>Для допомоги, що повторюється, потрібні перший день і час.</translation>
        </message>
        <message>
            <source>Choose the last day it repeats.</source>
            <translation>Виберіть останній день повторення.</translation>
        </message>
        <message>
            <source>The last day must be after the first day.</source>
            <translation>Останній день має бути після першого.</translation>
        </message>
        <message>
            <source>That is too many times. Choose a last day within a year.</source>
            <translation>Це забагато разів. Виберіть останній день у межах року.</translation>
        </message>
        <message>
            <source>This is your own post. A neighbour can take it.</source>
            <translation>Це ваш власний допис. Його може взяти хтось із сусідів.</translation>
        </message>
        <message>
            <source>A neighbour already took this. You can offer to stand in if they give it back.</source>
            <translation>Це вже взяв хтось із сусідів. Ви можете запропонувати підміну на випадок, якщо справу повернуть.</translation>
        </message>
        <message>
            <source>This was withdrawn. It is not needed any more.</source>
            <translation>Це відкликали. Допомога більше не потрібна.</translation>
        </message>
        <message>
            <source>This has expired. The person who posted it can put it up again.</source>
            <translation>Строк цього допису минув. Той, хто його розмістив, може розмістити його знову.</translation>
        </message>
        <message>
            <source>The beheerder took this post away.</source>
            <translation>Соціальний менеджер прибрав цей допис.</translation>
        </message>
        <message>
            <source>This help is finished already.</source>
            <translation>Ця допомога вже завершена.</translation>
        </message>
        <message>
            <source>Nobody has taken this yet.</source>
            <translation>Цього ще ніхто не взяв.</translation>
        </message>
        <message>
            <source>You took this already.</source>
            <translation>Ви вже це взяли.</translation>
        </message>
        <message>
            <source>Only the person who took this can give it back.</source>
            <translation>Повернути це може лише той, хто це взяв.</translation>
        </message>
        <message>
            <source>Only the person who posted this can do that.</source>
            <translation>Це може зробити лише той, хто це розмістив.</translation>
        </message>
        <message>
            <source>Only a post that nobody took can be put up again.</source>
            <translation>Знову розмістити можна лише допис, який ніхто не взяв.</translation>
        </message>
        <message>
            <source>Only the helper can say this help is done. Maybe someone else took it over.</source>
            <translation>Лише той, хто допомагає, може сказати, що допомогу надано. Можливо, цю справу взяв хтось інший.</translation>
        </message>
        <message>
            <source>Choose the day you helped.</source>
            <translation>Виберіть день, коли ви допомагали.</translation>
        </message>
        <message>
            <source>That day has not come yet. Report it when you have helped.</source>
            <translation>Цей день ще не настав. Повідомте, коли допоможете.</translation>
        </message>
        <message>
            <source>That is not one of the agreed days.</source>
            <translation>Це не один із домовлених днів.</translation>
        </message>
        <message>
            <source>You reported this help as done already.</source>
            <translation>Ви вже повідомили, що цю допомогу надано.</translation>
        </message>
        <message>
            <source>Fill in at least 5 minutes.</source>
            <translation>Вкажіть щонайменше 5 хвилин.</translation>
        </message>
        <message>
            <source>That is more than 12 hours. Fill in the time of one day.</source>
            <translation>Це більше ніж 12 годин. Вкажіть час за один день.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 500 characters.</source>
            <translation>Текст задовгий. Використайте щонайбільше 500 символів.</translation>
        </message>
        <message>
            <source>Only the person who was helped can confirm this.</source>
            <translation>Підтвердити це може лише той, кому допомогли.</translation>
        </message>
        <message>
            <source>This help was not reported.</source>
            <translation>Про цю допомогу не повідомляли.</translation>
        </message>
        <message>
            <source>This help is confirmed or decided already.</source>
            <translation>Цю допомогу вже підтверджено, або щодо неї вже ухвалено рішення.</translation>
        </message>
        <message>
            <source>These hours are counted already. If they are not right, choose "Not right?".</source>
            <translation>Ці години вже зараховано. Якщо вони неправильні, виберіть «Не так?».</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>Напишіть кількома словами чому.</translation>
        </message>
        <message>
            <source>There is nothing to decide about this help.</source>
            <translation>Щодо цієї допомоги нічого не треба вирішувати.</translation>
        </message>
        <message>
            <source>Only the person who asked and the helper can send messages here.</source>
            <translation>Надсилати тут повідомлення можуть лише той, хто просив, і той, хто допомагає.</translation>
        </message>
        <message>
            <source>Write a message first.</source>
            <translation>Спершу напишіть повідомлення.</translation>
        </message>
        <message>
            <source>The message is too long. Use at most 500 characters.</source>
            <translation>Повідомлення задовге. Використайте щонайбільше 500 символів.</translation>
        </message>
        <message>
            <source>This conversation is full. Talk in person or ask the beheerder.</source>
            <translation>У цій розмові більше немає місця. Поговоріть особисто або зверніться до соціального менеджера.</translation>
        </message>
        <message>
            <source>Choose at most 10 talents.</source>
            <translation>Виберіть щонайбільше 10 талантів.</translation>
        </message>
        <message>
            <source>Choose talents from the list.</source>
            <translation>Виберіть таланти зі списку.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Налаштування</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Мова</translation>
        </message>
        <message>
            <source>About Gangwerk</source>
            <translation>Про Gangwerk</translation>
        </message>
        <message>
            <source>Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet.</source>
            <translation>Ваші години зберігаються в зашифрованому вигляді на цьому пристрої й надсилаються на сервер вашого проєкту, щоб їх бачив соціальний менеджер. Записувати години можна й без інтернету.</translation>
        </message>
        <message>
            <source>Your hours are stored on this device only, encrypted. They also work without internet.</source>
            <translation>Ваші години зберігаються лише на цьому пристрої, у зашифрованому вигляді. Застосунок працює й без інтернету.</translation>
        </message>
        <message>
            <source>You are looking at the demo project. The people and hours in it are made up.</source>
            <translation>Ви переглядаєте демопроєкт. Люди й години в ньому вигадані.</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>Версія %1</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Розмір тексту</translation>
        </message>
        <message>
            <source>Normal (100%)</source>
            <translation>Звичайний (100%)</translation>
        </message>
        <message>
            <source>Large (150%)</source>
            <translation>Великий (150%)</translation>
        </message>
        <message>
            <source>Very large (200%)</source>
            <translation>Дуже великий (200%)</translation>
        </message>
        <message>
            <source>Your device also asks for larger text (%1%). Together the text is shown at %2%.</source>
            <translation>Ваш пристрій теж просить більший текст (%1%). Разом текст показано в розмірі %2%.</translation>
        </message>
        <message>
            <source>Less movement on the screen</source>
            <translation>Менше руху на екрані</translation>
        </message>
        <message>
            <source>Your device already asks for less movement; the app follows it.</source>
            <translation>Ваш пристрій уже просить менше руху, і застосунок теж так робить.</translation>
        </message>
    </context>
    <context>
        <name>SignalCategory</name>
        <message>
            <source>I have not seen someone for days</source>
            <translation>Когось уже кілька днів не видно</translation>
        </message>
        <message>
            <source>Someone keeps to themselves more and more</source>
            <translation>Хтось усе більше тримається осторонь</translation>
        </message>
        <message>
            <source>Someone does not take care of themselves</source>
            <translation>Хтось погано дбає про себе</translation>
        </message>
        <message>
            <source>I am worried about someone's health</source>
            <translation>Мене турбує чиєсь здоров’я</translation>
        </message>
        <message>
            <source>Nuisance</source>
            <translation>Порушення спокою</translation>
        </message>
        <message>
            <source>The building or safety</source>
            <translation>Будинок або безпека</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Щось інше</translation>
        </message>
    </context>
    <context>
        <name>SignalDetail</name>
        <message>
            <source>Choose a signal to read it.</source>
            <translation>Виберіть звернення, щоб його прочитати.</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Very late</source>
            <translation>Дуже прострочено</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Прострочено</translation>
        </message>
        <message>
            <source>Sent by: %1%2</source>
            <translation>Від кого: %1%2</translation>
        </message>
        <message>
            <source>(for a neighbour who told them)</source>
            <translation>(від імені сусіда, який про це розповів)</translation>
        </message>
        <message>
            <source>Noticed since %1</source>
            <translation>Помічено з %1</translation>
        </message>
        <message>
            <source>Added later</source>
            <translation>Додано пізніше</translation>
        </message>
        <message>
            <source>Answer from the beheerder</source>
            <translation>Відповідь соціального менеджера</translation>
        </message>
        <message>
            <source>Is it not solved? You can open it again until %1. Say why.</source>
            <translation>Проблему не вирішено? Ви можете відкрити звернення знову до %1. Напишіть чому.</translation>
        </message>
        <message>
            <source>Do you know more? Add it here.</source>
            <translation>Знаєте більше? Додайте це тут.</translation>
        </message>
        <message>
            <source>Why do you open it again?</source>
            <translation>Чому ви відкриваєте його знову?</translation>
        </message>
        <message>
            <source>What do you want to add?</source>
            <translation>Що ви хочете додати?</translation>
        </message>
        <message>
            <source>Open it again</source>
            <translation>Відкрити знову</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Додати</translation>
        </message>
        <message>
            <source>Opened again.</source>
            <translation>Відкрито знову.</translation>
        </message>
        <message>
            <source>Added.</source>
            <translation>Додано.</translation>
        </message>
        <message>
            <source>Start on it</source>
            <translation>Почати роботу</translation>
        </message>
        <message>
            <source>You are working on it.</source>
            <translation>Ви над цим працюєте.</translation>
        </message>
        <message>
            <source>About the same situation</source>
            <translation>Про ту саму ситуацію</translation>
        </message>
        <message>
            <source>Answer to the person who sent it</source>
            <translation>Відповідь тому, хто надіслав</translation>
        </message>
        <message>
            <source>They read this. Write no care details: those go in a note.</source>
            <translation>Це прочитає той, хто надіслав. Не пишіть подробиць про догляд: їм місце в нотатці.</translation>
        </message>
        <message>
            <source>Send answer</source>
            <translation>Надіслати відповідь</translation>
        </message>
        <message>
            <source>Answer sent.</source>
            <translation>Відповідь надіслано.</translation>
        </message>
        <message>
            <source>How it ended</source>
            <translation>Чим закінчилося</translation>
        </message>
        <message>
            <source>Close with this answer</source>
            <translation>Закрити з цією відповіддю</translation>
        </message>
        <message>
            <source>Closed. The reporter reads your answer.</source>
            <translation>Закрито. Той, хто надіслав звернення, прочитає вашу відповідь.</translation>
        </message>
        <message>
            <source>Notes (only beheerders read these)</source>
            <translation>Нотатки (їх читають лише соціальні менеджери)</translation>
        </message>
        <message>
            <source>Write a note</source>
            <translation>Напишіть нотатку</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Нотатка</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Зберегти нотатку</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Нотатку збережено.</translation>
        </message>
        <message>
            <source>Knock on the door</source>
            <translation>Постукати в двері</translation>
        </message>
        <message>
            <source>The gangmaker only sees the studio and the day, not this signal or who sent it.</source>
            <translation>Організатор коридору бачить лише студію й день, але не це звернення і не того, хто його надіслав.</translation>
        </message>
        <message>
            <source>Which gangmaker</source>
            <translation>Який організатор коридору</translation>
        </message>
        <message>
            <source>Studio</source>
            <translation>Студія</translation>
        </message>
        <message>
            <source>Studio to knock on</source>
            <translation>Студія, куди постукати</translation>
        </message>
        <message>
            <source>Ask to knock today</source>
            <translation>Попросити постукати сьогодні</translation>
        </message>
        <message>
            <source>Asked. The gangmaker sees it on their phone.</source>
            <translation>Прохання надіслано. Організатор коридору побачить його у своєму телефоні.</translation>
        </message>
        <message>
            <source>Put together with</source>
            <translation>Об’єднати з</translation>
        </message>
        <message>
            <source>Put together</source>
            <translation>Об’єднати</translation>
        </message>
        <message>
            <source>Put together. Answers now reach both reporters.</source>
            <translation>Об’єднано. Тепер відповіді отримають усі, хто надіслав звернення.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Може зачекати</translation>
        </message>
        <message>
            <source>How soon</source>
            <translation>Наскільки терміново</translation>
        </message>
        <message>
            <source>Signals</source>
            <translation>Звернення</translation>
        </message>
        <message>
            <source>Back to the signals</source>
            <translation>Назад до звернень</translation>
        </message>
    </context>
    <context>
        <name>SignalFormPage</name>
        <message>
            <source>Tell the beheerder</source>
            <translation>Розповісти соціальному менеджеру</translation>
        </message>
        <message>
            <source>Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you.</source>
            <translation>Хвилюєтеся за сусіда? Це читає лише соціальний менеджер. Сусід не дізнається, що це були ви.</translation>
        </message>
        <message>
            <source>What worries you?</source>
            <translation>Що вас турбує?</translation>
        </message>
        <message>
            <source>About whom or where? (you may leave this empty)</source>
            <translation>Про кого чи де? (можна залишити порожнім)</translation>
        </message>
        <message>
            <source>Studio number, for example 2.14</source>
            <translation>Номер студії, наприклад 2.14</translation>
        </message>
        <message>
            <source>Studio number</source>
            <translation>Номер студії</translation>
        </message>
        <message>
            <source>Or a place, for example the bicycle shed</source>
            <translation>Або місце, наприклад велосипедна стоянка</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Місце</translation>
        </message>
        <message>
            <source>Since when?</source>
            <translation>Відколи?</translation>
        </message>
        <message>
            <source>I do not know</source>
            <translation>Не знаю</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>A few days</source>
            <translation>Кілька днів</translation>
        </message>
        <message>
            <source>About a week</source>
            <translation>Приблизно тиждень</translation>
        </message>
        <message>
            <source>A month or longer</source>
            <translation>Місяць або довше</translation>
        </message>
        <message>
            <source>How soon should the beheerder react?</source>
            <translation>Як швидко має відреагувати соціальний менеджер?</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Може зачекати</translation>
        </message>
        <message>
            <source>What did you notice?</source>
            <translation>Що ви помітили?</translation>
        </message>
        <message>
            <source>For example: I have not seen my neighbour for four days. The post is piling up.</source>
            <translation>Наприклад: я вже чотири дні не бачу сусіда. Пошта накопичується.</translation>
        </message>
        <message>
            <source>A neighbour told me this and asked me to pass it on</source>
            <translation>Мені це розповів сусід і попросив передати</translation>
        </message>
        <message>
            <source>Send to the beheerder</source>
            <translation>Надіслати соціальному менеджеру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Скасувати</translation>
        </message>
    </context>
    <context>
        <name>SignalNotices</name>
        <message>
            <source>A signal for today</source>
            <translation>Звернення на сьогодні</translation>
        </message>
        <message>
            <source>A neighbour asks for a reaction today. Open Gangwerk to read it.</source>
            <translation>Сусід просить відреагувати сьогодні. Відкрийте Gangwerk, щоб прочитати.</translation>
        </message>
        <message>
            <source>The beheerder answered you</source>
            <translation>Соціальний менеджер вам відповів</translation>
        </message>
        <message>
            <source>Open Gangwerk to read the answer to your signal.</source>
            <translation>Відкрийте Gangwerk, щоб прочитати відповідь на ваше звернення.</translation>
        </message>
        <message>
            <source>Please knock on a door</source>
            <translation>Чи можете ви постукати в двері?</translation>
        </message>
        <message>
            <source>The beheerder asks you to look in on a neighbour. Open Gangwerk to see where.</source>
            <translation>Соціальний менеджер просить вас навідатися до сусіда. Відкрийте Gangwerk, щоб побачити куди.</translation>
        </message>
    </context>
    <context>
        <name>SignalOutcome</name>
        <message>
            <source>Checked in person</source>
            <translation>Перевірено особисто</translation>
        </message>
        <message>
            <source>Referred to care</source>
            <translation>Скеровано до служб догляду</translation>
        </message>
        <message>
            <source>Nuisance procedure</source>
            <translation>Процедура щодо порушення спокою</translation>
        </message>
        <message>
            <source>No action needed</source>
            <translation>Нічого не потрібно</translation>
        </message>
    </context>
    <context>
        <name>SignalRow</name>
        <message>
            <source>Very late</source>
            <translation>Дуже прострочено</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Прострочено</translation>
        </message>
        <message numerus="yes">
            <source>%n more about the same situation</source>
            <translation>
                <numerusform>ще %n звернення щодо тієї самої ситуації</numerusform>
                <numerusform>ще %n звернення щодо тієї самої ситуації</numerusform>
                <numerusform>ще %n звернень щодо тієї самої ситуації</numerusform>
            </translation>
        </message>
        <message>
            <source>The beheerder answered</source>
            <translation>Соціальний менеджер відповів</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Є відповідь</translation>
        </message>
    </context>
    <context>
        <name>SignalRules</name>
        <message>
            <source>Choose what worries you.</source>
            <translation>Виберіть, що вас турбує.</translation>
        </message>
        <message>
            <source>Choose if it can wait or if it is for today.</source>
            <translation>Виберіть, чи це може зачекати, чи це на сьогодні.</translation>
        </message>
        <message>
            <source>Write in a few words what you noticed.</source>
            <translation>Напишіть кількома словами, що ви помітили.</translation>
        </message>
        <message>
            <source>The text is too long. Use at most 2000 characters.</source>
            <translation>Текст задовгий. Використайте щонайбільше 2000 символів.</translation>
        </message>
        <message>
            <source>Use at most 40 characters for the studio or the place.</source>
            <translation>Для студії чи місця використайте щонайбільше 40 символів.</translation>
        </message>
        <message>
            <source>That day has not come yet. Choose today or a day before.</source>
            <translation>Цей день ще не настав. Виберіть сьогодні або раніший день.</translation>
        </message>
        <message>
            <source>This signal has not reached the beheerder yet.</source>
            <translation>Це звернення ще не дійшло до соціального менеджера.</translation>
        </message>
        <message>
            <source>Someone is working on this signal already.</source>
            <translation>Цим зверненням уже хтось займається.</translation>
        </message>
        <message>
            <source>This signal is closed already. Its reporter can open it again within 14 days.</source>
            <translation>Це звернення вже закрито. Той, хто його надіслав, може відкрити його знову протягом 14 днів.</translation>
        </message>
        <message>
            <source>This signal is handled together with another one. Do this on that signal.</source>
            <translation>Це звернення опрацьовують разом з іншим. Зробіть це в тому зверненні.</translation>
        </message>
        <message>
            <source>This signal is still open.</source>
            <translation>Це звернення ще відкрите.</translation>
        </message>
        <message>
            <source>It is more than 14 days since this signal was closed. Send a new signal.</source>
            <translation>Це звернення закрили понад 14 днів тому. Надішліть нове звернення.</translation>
        </message>
        <message>
            <source>Choose another signal to put this one with.</source>
            <translation>Виберіть інше звернення, з яким об’єднати це.</translation>
        </message>
        <message>
            <source>The other signal is closed or merged itself. Choose an open one.</source>
            <translation>Інше звернення закрито або вже об’єднано. Виберіть відкрите.</translation>
        </message>
        <message>
            <source>Choose how it ended.</source>
            <translation>Виберіть, чим усе закінчилося.</translation>
        </message>
        <message>
            <source>Write an answer to the person who sent it.</source>
            <translation>Напишіть відповідь тому, хто надіслав звернення.</translation>
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation>Напишіть кількома словами чому.</translation>
        </message>
        <message>
            <source>This signal is full. Call or visit the beheerder.</source>
            <translation>У цьому зверненні більше немає місця. Зателефонуйте соціальному менеджеру або зустріньтеся особисто.</translation>
        </message>
        <message>
            <source>Fill in the studio to knock on.</source>
            <translation>Вкажіть студію, куди постукати.</translation>
        </message>
        <message>
            <source>Choose today or a day in the coming week.</source>
            <translation>Виберіть сьогодні або день протягом наступного тижня.</translation>
        </message>
        <message>
            <source>Only a gangmaker can be asked to knock on a door.</source>
            <translation>Постукати в двері можна попросити лише організатора коридору.</translation>
        </message>
        <message>
            <source>How this went is written down already.</source>
            <translation>Як усе пройшло, уже записано.</translation>
        </message>
        <message>
            <source>Choose how it went.</source>
            <translation>Виберіть, як усе пройшло.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>It can wait</source>
            <translation>Може зачекати</translation>
        </message>
        <message>
            <source>Not sent yet. It goes to the beheerder as soon as you have internet.</source>
            <translation>Ще не надіслано. Звернення піде до соціального менеджера, щойно у вас з’явиться інтернет.</translation>
        </message>
        <message>
            <source>The beheerder has your signal and will read it.</source>
            <translation>Соціальний менеджер отримав ваше звернення і прочитає його.</translation>
        </message>
        <message>
            <source>The beheerder is working on it.</source>
            <translation>Соціальний менеджер над цим працює.</translation>
        </message>
        <message>
            <source>Closed. Thank you for paying attention.</source>
            <translation>Закрито. Дякуємо за вашу уважність.</translation>
        </message>
        <message>
            <source>You opened it again. The beheerder will look at it again.</source>
            <translation>Ви відкрили його знову. Соціальний менеджер перегляне його ще раз.</translation>
        </message>
    </context>
    <context>
        <name>SignalState</name>
        <message>
            <source>Not sent yet</source>
            <translation>Ще не надіслано</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Нове</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>В роботі</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрите</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Об’єднане</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Відкрите знову</translation>
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation>Звернення</translation>
        </message>
        <message>
            <source>Worried about a neighbour?</source>
            <translation>Хвилюєтеся за сусіда?</translation>
        </message>
        <message>
            <source>Waiting too long: %1</source>
            <translation>Чекають задовго: %1</translation>
        </message>
        <message>
            <source>Nothing is late.</source>
            <translation>Нічого не прострочено.</translation>
        </message>
        <message>
            <source>Tell the beheerder. Only the beheerder reads it.</source>
            <translation>Розкажіть соціальному менеджеру. Це читає лише соціальний менеджер.</translation>
        </message>
        <message>
            <source>Tell the beheerder</source>
            <translation>Розповісти соціальному менеджеру</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкриті</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закриті</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Усі</translation>
        </message>
        <message>
            <source>Which signals</source>
            <translation>Які звернення</translation>
        </message>
        <message>
            <source>Every corridor</source>
            <translation>Усі коридори</translation>
        </message>
        <message>
            <source>Corridor</source>
            <translation>Коридор</translation>
        </message>
        <message>
            <source>Every kind</source>
            <translation>Усі види</translation>
        </message>
        <message>
            <source>What it is about</source>
            <translation>Про що йдеться</translation>
        </message>
        <message>
            <source>Your signals</source>
            <translation>Ваші звернення</translation>
        </message>
        <message>
            <source>No signals here.</source>
            <translation>Тут немає звернень.</translation>
        </message>
        <message>
            <source>You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder.</source>
            <translation>Ви ще не надсилали звернень. Якщо ви хвилюєтеся за сусіда, завжди можете розповісти соціальному менеджеру.</translation>
        </message>
        <message>
            <source>Thank you. Your signal is saved and goes to the beheerder.</source>
            <translation>Дякуємо. Ваше звернення збережено, і воно надійде до соціального менеджера.</translation>
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The key for your data is missing or unusable.</source>
            <translation>Ключ до ваших даних відсутній або не працює.</translation>
        </message>
        <message>
            <source>Cannot create the data file. Check free space.</source>
            <translation>Не вдається створити файл даних. Перевірте, чи достатньо вільного місця.</translation>
        </message>
        <message>
            <source>Cannot open the data file.</source>
            <translation>Не вдається відкрити файл даних.</translation>
        </message>
        <message>
            <source>This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build.</source>
            <translation>Ця збірка Gangwerk не може зашифрувати ваші дані, тому вона не запуститься. Будь ласка, установіть офіційну версію.</translation>
        </message>
        <message>
            <source>Cannot open: wrong key or not a Gangwerk store.</source>
            <translation>Не вдається відкрити: неправильний ключ, або це не дані Gangwerk.</translation>
        </message>
        <message>
            <source>This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed.</source>
            <translation>Ці дані збережено новішою версією Gangwerk. Оновіть застосунок, щоб їх відкрити. Нічого не змінено.</translation>
        </message>
        <message>
            <source>Gangwerk could not update your data to this version. Nothing was changed; please report this.</source>
            <translation>Gangwerk не зміг оновити ваші дані до цієї версії. Нічого не змінено. Будь ласка, повідомте про це.</translation>
        </message>
        <message>
            <source>The data file is busy. Nothing was changed; try again.</source>
            <translation>Файл даних зараз зайнятий. Нічого не змінено. Спробуйте ще раз.</translation>
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync</source>
            <translation>Синхронізація</translation>
        </message>
        <message>
            <source>Server: %1</source>
            <translation>Сервер: %1</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Синхронізація…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Синхронізувати зараз</translation>
        </message>
        <message>
            <source>Sends your changes and fetches the newest data.</source>
            <translation>Надсилає ваші зміни й отримує найновіші дані.</translation>
        </message>
        <message>
            <source>Not accepted by the server</source>
            <translation>Сервер не прийняв</translation>
        </message>
        <message>
            <source>These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear.</source>
            <translation>Ці зміни не зараховуються. Вони залишаються в цьому списку, щоб ви бачили, що сталося. Якщо щось незрозуміло, запитайте соціального менеджера.</translation>
        </message>
        <message>
            <source>%1, made on %2: %3</source>
            <translation>%1, зроблено %2: %3</translation>
        </message>
        <message>
            <source>%1, made on %2</source>
            <translation>%1, зроблено %2</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message>
            <source>Shows the sync details.</source>
            <translation>Показує подробиці синхронізації.</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Хід синхронізації</translation>
        </message>
    </context>
    <context>
        <name>TextAskDialog</name>
        <message>
            <source>Send</source>
            <translation>Надіслати</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Хвилини</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Назад</translation>
        </message>
        <message>
            <source>Which day?</source>
            <translation>Який день?</translation>
        </message>
        <message>
            <source>How long did it take? In minutes</source>
            <translation>Скільки часу це зайняло? У хвилинах</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Protect your data</source>
            <translation>Захистіть свої дані</translation>
        </message>
        <message>
            <source>Welcome back</source>
            <translation>З поверненням</translation>
        </message>
        <message>
            <source>This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe.</source>
            <translation>На цьому комп’ютері немає безпечного місця для ключа до ваших даних. Виберіть парольну фразу: нею Gangwerk замкне ваші дані. Використайте щонайменше 8 символів і запишіть фразу в безпечному місці.</translation>
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation>Введіть парольну фразу, щоб відкрити ваші дані.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольна фраза</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Введіть її ще раз</translation>
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation>Введіть парольну фразу ще раз</translation>
        </message>
        <message>
            <source>Opening your data…</source>
            <translation>Відкриваємо ваші дані…</translation>
        </message>
        <message>
            <source>Save passphrase</source>
            <translation>Зберегти парольну фразу</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрити</translation>
        </message>
    </context>
    <context>
        <name>YearChartCard</name>
        <message>
            <source>The last 12 months</source>
            <translation>Останні 12 місяців</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivitiesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>You are not signed up for this activity.</source>
            <translation>Ви не записані на цей захід.</translation>
        </message>
        <message>
            <source>You asked the organiser to check this</source>
            <translation>Ви попросили організатора перевірити це</translation>
        </message>
        <message>
            <source>Checked: changed to %1</source>
            <translation>Перевірено: змінено на %1</translation>
        </message>
        <message>
            <source>Checked: stays — %1</source>
            <translation>Перевірено: залишається — %1</translation>
        </message>
        <message>
            <source>Not marked as present</source>
            <translation>Не позначено як присутнього</translation>
        </message>
        <message>
            <source>Got %1</source>
            <translation>Отримав(ла) %1</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityAttendanceModel</name>
        <message>
            <source>Since %1, %2 of %3 neighbours came to at least one activity.</source>
            <translation>Від %1 %2 з %3 сусідів прийшли хоча б на один захід.</translation>
        </message>
        <message>
            <source>Nothing took place. Cancelled: %1</source>
            <translation>Нічого не відбулося. Скасовано: %1</translation>
        </message>
        <message>
            <source>No activities</source>
            <translation>Немає заходів</translation>
        </message>
        <message>
            <source>Held: %1 · signed up: %2 · came: %3 · different neighbours: %4</source>
            <translation>Відбулося: %1 · записалися: %2 · прийшли: %3 · різних сусідів: %4</translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityForm</name>
        <message>
            <source>Changed: %1.</source>
            <translation>Змінено: %1.</translation>
        </message>
        <message>
            <source>Planned: %1. It is in the programme now.</source>
            <translation>Заплановано: %1. Тепер це в програмі.</translation>
        </message>
        <message>
            <source>Only this date changes. The series stays: %1.</source>
            <translation>Змінюється лише ця дата. Серія лишається: %1.</translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates from this one</source>
            <translation>
                <numerusform>%1 – %n дата від цієї</numerusform>
                <numerusform>%1 – %n дати від цієї</numerusform>
                <numerusform>%1 – %n дат від цієї</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates</source>
            <translation>
                <numerusform>%1 – %n дата</numerusform>
                <numerusform>%1 – %n дати</numerusform>
                <numerusform>%1 – %n дат</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed: %1, this date and the later dates.</source>
            <translation>Змінено: %1, ця дата й пізніші дати.</translation>
        </message>
        <message numerus="yes">
            <source>Planned: %1, %n dates. They are in the programme now.</source>
            <translation>
                <numerusform>Заплановано: %1, %n дата. Вона вже в програмі.</numerusform>
                <numerusform>Заплановано: %1, %n дати. Вони вже в програмі.</numerusform>
                <numerusform>Заплановано: %1, %n дат. Вони вже в програмі.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityListModel</name>
        <message>
            <source>Earlier</source>
            <translation>Раніше</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Цього тижня</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Пізніше</translation>
        </message>
        <message numerus="yes">
            <source>%n coming</source>
            <translation>
                <numerusform>Прийде %n людина</numerusform>
                <numerusform>Прийдуть %n людини</numerusform>
                <numerusform>Прийдуть %n людей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Full – %n waiting</source>
            <translation>
                <numerusform>Місць немає – чекає %n людина</numerusform>
                <numerusform>Місць немає – чекають %n людини</numerusform>
                <numerusform>Місць немає – чекають %n людей</numerusform>
            </translation>
        </message>
        <message>
            <source>Full</source>
            <translation>Місць немає</translation>
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation>Зайнято місць: %1 з %2</translation>
        </message>
        <message>
            <source>Signed up – waiting for confirmation</source>
            <translation>Ви записалися – чекаємо на підтвердження</translation>
        </message>
        <message>
            <source>You are coming</source>
            <translation>Ви прийдете</translation>
        </message>
        <message>
            <source>You are coming, together with %1</source>
            <translation>Ви прийдете разом із %1</translation>
        </message>
        <message>
            <source>On the waiting list, place %1</source>
            <translation>У списку очікування, номер %1</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid</source>
            <translation>Зараховується як %1 взаємодопомоги</translation>
        </message>
        <message>
            <source>The organiser changed the series, and this date is no longer in it.</source>
            <translation>Організатор змінив серію, і ця дата більше до неї не входить.</translation>
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
            <translation>Скасовано: %1</translation>
        </message>
        <message>
            <source>This activity is cancelled.</source>
            <translation>Цей захід скасовано.</translation>
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation>Цей захід скасовано: %1</translation>
        </message>
        <message>
            <source>You are coming, together with a neighbour.</source>
            <translation>Ви прийдете разом із сусідом.</translation>
        </message>
        <message>
            <source>You are coming.</source>
            <translation>Ви прийдете.</translation>
        </message>
        <message>
            <source>%1 (waiting list, place %2)</source>
            <translation>%1 (список очікування, номер %2)</translation>
        </message>
        <message>
            <source>You are on the waiting list, place %1. You will hear it when a place comes free.</source>
            <translation>Ви у списку очікування, номер %1. Вам скажуть, коли звільниться місце.</translation>
        </message>
        <message>
            <source>%1 (not yet confirmed)</source>
            <translation>%1 (ще не підтверджено)</translation>
        </message>
        <message>
            <source>You signed up. It is confirmed when your phone has synced.</source>
            <translation>Ви записалися. Це підтвердиться, коли ваш телефон синхронізується.</translation>
        </message>
        <message>
            <source>Signed off: %1</source>
            <translation>Ви відписалися: %1</translation>
        </message>
        <message>
            <source>You signed off from this activity.</source>
            <translation>Ви відписалися від цього заходу.</translation>
        </message>
        <message>
            <source>You organise this activity.</source>
            <translation>Ви організовуєте цей захід.</translation>
        </message>
        <message>
            <source>Places taken: %1 of %2. Waiting: %3.</source>
            <translation>Зайнято місць: %1 з %2. В очікуванні: %3.</translation>
        </message>
        <message>
            <source>Coming: %1.</source>
            <translation>Прийдуть: %1.</translation>
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid.</source>
            <translation>Зараховується як %1 взаємодопомоги.</translation>
        </message>
        <message>
            <source>In one hour: %1</source>
            <translation>За годину: %1</translation>
        </message>
        <message>
            <source>Gangwerk – my activities</source>
            <translation>Gangwerk – мої заходи</translation>
        </message>
        <message>
            <source>Gangwerk – programme of %1</source>
            <translation>Gangwerk – програма %1</translation>
        </message>
        <message>
            <source>Gangwerk – programme of corridor %1</source>
            <translation>Gangwerk – програма коридору %1</translation>
        </message>
        <message>
            <source>The calendar file could not be saved. Check that there is space on this device and try again.</source>
            <translation>Не вдалося зберегти файл календаря. Перевірте, чи є місце на цьому пристрої, і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Saved as %1. There are no activities in it yet.</source>
            <translation>Збережено як %1. Заходів у ньому ще немає.</translation>
        </message>
        <message numerus="yes">
            <source>Saved as %1. Open this file to add %n activities to your calendar app.</source>
            <translation>
                <numerusform>Збережено як %1. Відкрийте цей файл, щоб додати %n захід до календаря.</numerusform>
                <numerusform>Збережено як %1. Відкрийте цей файл, щоб додати %n заходи до календаря.</numerusform>
                <numerusform>Збережено як %1. Відкрийте цей файл, щоб додати %n заходів до календаря.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>my activities</source>
            <translation>мої заходи</translation>
        </message>
        <message>
            <source>programme</source>
            <translation>програма</translation>
        </message>
    </context>
    <context>
        <name>gw::DeviceListModel</name>
        <message>
            <source>Last updated: %1</source>
            <translation>Останнє оновлення: %1</translation>
        </message>
        <message>
            <source>Connected since %1</source>
            <translation>Підключено з %1</translation>
        </message>
        <message>
            <source>Disconnected on %1</source>
            <translation>Від’єднано %1</translation>
        </message>
    </context>
    <context>
        <name>gw::DevicesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>The device could not be disconnected. Nothing was changed. Please try again.</source>
            <translation>Не вдалося від’єднати пристрій. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
    </context>
    <context>
        <name>gw::HourEntryForm</name>
        <message>
            <source>Today</source>
            <translation>Сьогодні</translation>
        </message>
        <message>
            <source>Yesterday</source>
            <translation>Учора</translation>
        </message>
        <message>
            <source>Changed. Your entry is now %1.</source>
            <translation>Змінено. Тепер ваш запис: %1.</translation>
        </message>
        <message>
            <source>Saved: %1. Thank you for helping!</source>
            <translation>Збережено: %1. Дякуємо за вашу допомогу!</translation>
        </message>
    </context>
    <context>
        <name>gw::HourHistoryModel</name>
        <message>
            <source>Not accepted by the server.</source>
            <translation>Сервер не прийняв цей запис.</translation>
        </message>
        <message>
            <source>Removed on %1</source>
            <translation>Видалено %1</translation>
        </message>
        <message>
            <source>Changed to %1</source>
            <translation>Змінено на %1</translation>
        </message>
        <message>
            <source>Changed to %1 on %2</source>
            <translation>%2 змінено на %1</translation>
        </message>
        <message>
            <source>Credited for an activity</source>
            <translation>Зараховано за захід</translation>
        </message>
    </context>
    <context>
        <name>gw::HoursService</name>
        <message>
            <source>Your beheerder paused your hours until %1. Take good care of yourself.</source>
            <translation>Соціальний менеджер поставив ваші години на паузу до %1 включно. Бережіть себе.</translation>
        </message>
        <message>
            <source>Your pause has ended: hours are asked again from today. Good to have you back.</source>
            <translation>Ваша пауза закінчилася: з сьогодні години знову потрібні. Раді, що ви знову з нами.</translation>
        </message>
        <message>
            <source>%1 per month</source>
            <translation>%1 на місяць</translation>
        </message>
        <message>
            <source>%1 per week</source>
            <translation>%1 на тиждень</translation>
        </message>
        <message>
            <source>week %1</source>
            <translation>тиждень %1</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>Your hours could not be saved. Nothing was changed. Please try again.</source>
            <translation>Не вдалося зберегти ваші години. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The entry could not be removed. Nothing was changed. Please try again.</source>
            <translation>Не вдалося видалити запис. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The pause could not be saved. Nothing was changed. Please try again.</source>
            <translation>Не вдалося зберегти паузу. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>This is not a date. Choose the end of the pause again.</source>
            <translation>Це не дата. Виберіть ще раз, коли закінчується пауза.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberContext</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
    </context>
    <context>
        <name>gw::MemberProgressModel</name>
        <message>
            <source>%1 of %2</source>
            <translation>%1 з %2</translation>
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
            <translation>%1: %2 з %3</translation>
        </message>
    </context>
    <context>
        <name>gw::ServicesService</name>
        <message>
            <source>Waiting for confirmation</source>
            <translation>Чекає на підтвердження</translation>
        </message>
        <message>
            <source>Waiting for the beheerder</source>
            <translation>Чекає на соціального менеджера</translation>
        </message>
        <message>
            <source>Counted as hours</source>
            <translation>Зараховано як години</translation>
        </message>
        <message>
            <source>Not right: the beheerder looks at it</source>
            <translation>Не так: соціальний менеджер перевіряє</translation>
        </message>
        <message>
            <source>No hours</source>
            <translation>Без годин</translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation>Gangwerk ще не налаштовано.</translation>
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation>Не вдалося зберегти. Нічого не змінено. Будь ласка, спробуйте ще раз.</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>Сусід</translation>
        </message>
        <message>
            <source>Choose a day, or "flexible".</source>
            <translation>Виберіть день або «Гнучко».</translation>
        </message>
        <message>
            <source>For a neighbour, asked by %1</source>
            <translation>Для сусіда, на прохання %1</translation>
        </message>
        <message>
            <source>For %1, asked by %2</source>
            <translation>Для %1, на прохання %2</translation>
        </message>
        <message>
            <source>Open: nobody helps yet</source>
            <translation>Відкрито: ще ніхто не допомагає</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Відкрито</translation>
        </message>
        <message>
            <source>You help</source>
            <translation>Ви допомагаєте</translation>
        </message>
        <message>
            <source>You said yes to this offer</source>
            <translation>Ви прийняли цю пропозицію</translation>
        </message>
        <message>
            <source>%1 helps</source>
            <translation>%1 допомагає</translation>
        </message>
        <message>
            <source>%1 said yes to your offer</source>
            <translation>%1 прийняв(-ла) вашу пропозицію</translation>
        </message>
        <message>
            <source>Taken by a neighbour</source>
            <translation>Узяв хтось із сусідів</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Зроблено</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Відкликано</translation>
        </message>
        <message>
            <source>Hidden by the beheerder</source>
            <translation>Приховано соціальним менеджером</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Строк минув</translation>
        </message>
        <message>
            <source>Please confirm the help</source>
            <translation>Будь ласка, підтвердьте допомогу</translation>
        </message>
        <message>
            <source>Waiting for your decision</source>
            <translation>Чекає на ваше рішення</translation>
        </message>
        <message>
            <source>Flexible</source>
            <translation>Гнучко</translation>
        </message>
        <message>
            <source>Asks for help</source>
            <translation>Просить допомоги</translation>
        </message>
        <message>
            <source>Offers help</source>
            <translation>Пропонує допомогу</translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>Приблизно %1</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>Розміщено</translation>
        </message>
        <message>
            <source>%1 took it</source>
            <translation>%1 взяв(-ла) це</translation>
        </message>
        <message>
            <source>A neighbour took it</source>
            <translation>Це взяв хтось із сусідів</translation>
        </message>
        <message>
            <source>Reported done: %1</source>
            <translation>Повідомлено про виконання: %1</translation>
        </message>
        <message>
            <source>Decided: no hours</source>
            <translation>Рішення: без годин</translation>
        </message>
        <message>
            <source>Confirmed: %1</source>
            <translation>Підтверджено: %1</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Ви</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Ще не надіслано</translation>
        </message>
    </context>
    <context>
        <name>gw::Session</name>
        <message>
            <source>Gangwerk cannot create the folder for your data. Check free space.</source>
            <translation>Gangwerk не може створити папку для ваших даних. Перевірте, чи достатньо вільного місця.</translation>
        </message>
        <message>
            <source>The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help.</source>
            <translation>Ключа до ваших даних більше немає на цьому комп’ютері, тому Gangwerk не може їх відкрити. Ваші дані не змінено. Попросіть допомоги в соціального менеджера.</translation>
        </message>
        <message>
            <source>Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed.</source>
            <translation>Ваші дані замкнено сховищем ключів цього комп’ютера, але зараз воно недоступне. Вийдіть із системи й увійдіть знову, а потім знову відкрийте Gangwerk. Ваші дані не змінено.</translation>
        </message>
        <message numerus="yes">
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Використайте щонайменше %n символ.</numerusform>
                <numerusform>Використайте щонайменше %n символи.</numerusform>
                <numerusform>Використайте щонайменше %n символів.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>Парольні фрази не збігаються. Введіть їх ще раз.</translation>
        </message>
        <message>
            <source>That passphrase is not right. Try again.</source>
            <translation>Ця парольна фраза неправильна. Спробуйте ще раз.</translation>
        </message>
        <message>
            <source>Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).</source>
            <translation>Збережено в %1: звіт таблицею (CSV) і для друку (PDF).</translation>
        </message>
    </context>
    <context>
        <name>gw::SignalsService</name>
        <message>
            <source>You</source>
            <translation>Ви</translation>
        </message>
        <message>
            <source>A neighbour</source>
            <translation>Сусід</translation>
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation>%1, %2–%3</translation>
        </message>
        <message>
            <source>Studio %1</source>
            <translation>Студія %1</translation>
        </message>
        <message>
            <source>Studio %1, %2</source>
            <translation>Студія %1, %2</translation>
        </message>
        <message>
            <source>Answer before %1</source>
            <translation>Відповісти до %1</translation>
        </message>
        <message>
            <source>The reporter</source>
            <translation>Той, хто надіслав</translation>
        </message>
        <message>
            <source>Not sent yet</source>
            <translation>Ще не надіслано</translation>
        </message>
        <message>
            <source>Forgotten: it was closed long ago</source>
            <translation>Забуто: звернення давно закрили</translation>
        </message>
        <message>
            <source>Forgotten</source>
            <translation>Забуто</translation>
        </message>
        <message>
            <source>Handled together with: %1, %2</source>
            <translation>Опрацьовується разом із: %1, %2</translation>
        </message>
        <message>
            <source>%1 knocks on studio %2 on %3</source>
            <translation>%1 стукає в двері студії %2 (%3)</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Ще не зроблено</translation>
        </message>
        <message>
            <source>today</source>
            <translation>сьогодні</translation>
        </message>
        <message>
            <source>Please knock on studio %1 %2 and see how they are.</source>
            <translation>Будь ласка, постукайте в двері студії %1 (%2) і дізнайтеся, чи все гаразд.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::Enrolment</name>
        <message>
            <source>Check the code letter by letter. A code works only once, and only for a short time.</source>
            <translation>Перевірте код літера за літерою. Код працює лише один раз і лише недовго.</translation>
        </message>
        <message>
            <source>This protects your project against people who guess codes.</source>
            <translation>Це захищає ваш проєкт від людей, які намагаються вгадати коди.</translation>
        </message>
        <message>
            <source>Is the address exactly as your beheerder gave it? Are you connected to the internet?</source>
            <translation>Адреса точно така, як дав соціальний менеджер? У вас є інтернет?</translation>
        </message>
        <message>
            <source>Do not use this address until your beheerder has checked it.</source>
            <translation>Не використовуйте цю адресу, доки соціальний менеджер її не перевірить.</translation>
        </message>
        <message>
            <source>Install the newest version of Gangwerk, then try again.</source>
            <translation>Установіть найновішу версію Gangwerk і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>For example: https://gangwerk.example.nl</source>
            <translation>Наприклад: https://gangwerk.example.nl</translation>
        </message>
        <message>
            <source>If it keeps happening, tell your beheerder.</source>
            <translation>Якщо це повторюється, скажіть соціальному менеджеру.</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Комп’ютер</translation>
        </message>
        <message>
            <source>%1, since %2</source>
            <translation>%1, з %2</translation>
        </message>
        <message>
            <source>An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)</source>
            <translation>Адреса з http:// небезпечна: будь-хто може прочитати ваші дані. Використовуйте адресу з https://. (http:// працює лише для тестового сервера на цьому комп’ютері.)</translation>
        </message>
        <message>
            <source>Type the address of your project's server.</source>
            <translation>Введіть адресу сервера вашого проєкту.</translation>
        </message>
        <message>
            <source>Your beheerder gives it to you, together with the invite code.</source>
            <translation>Її дає вам соціальний менеджер разом із кодом запрошення.</translation>
        </message>
        <message>
            <source>Type the invite code from your beheerder.</source>
            <translation>Введіть код запрошення від соціального менеджера.</translation>
        </message>
        <message>
            <source>It looks like ABCD-EFGH-JKLM-NPQR.</source>
            <translation>Він виглядає так: ABCD-EFGH-JKLM-NPQR.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncEngine</name>
        <message>
            <source>This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you.</source>
            <translation>Це не адреса сервера. Вона виглядає так: gangwerk.example.nl:8443. Її може підказати соціальний менеджер.</translation>
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your internet connection, then try again.</source>
            <translation>Сервер недоступний. Перевірте адресу та підключення до інтернету й спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder.</source>
            <translation>Сервер не зміг підтвердити, хто він (його сертифікат не вважається надійним). Нічого не надіслано. Перевірте адресу разом із соціальним менеджером.</translation>
        </message>
        <message>
            <source>This address does not answer like a Gangwerk server. Check the address with your beheerder.</source>
            <translation>Ця адреса відповідає не так, як сервер Gangwerk. Перевірте адресу разом із соціальним менеджером.</translation>
        </message>
        <message>
            <source>This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code.</source>
            <translation>Цей код запрошення не працює: можливо, у ньому помилка, його строк минув або його вже використано. Попросіть у соціального менеджера новий код.</translation>
        </message>
        <message>
            <source>Too many attempts just now. Wait a few minutes and try again.</source>
            <translation>Забагато спроб за короткий час. Зачекайте кілька хвилин і спробуйте ще раз.</translation>
        </message>
        <message>
            <source>This version of Gangwerk is too old for the server. Please update the app.</source>
            <translation>Ця версія Gangwerk застара для сервера. Будь ласка, оновіть застосунок.</translation>
        </message>
        <message>
            <source>Enrolling did not work because of a problem on the server. Try again later.</source>
            <translation>Не вдалося підключитися через проблему на сервері. Спробуйте пізніше.</translation>
        </message>
        <message>
            <source>The server's answer was not understood. Try again later.</source>
            <translation>Не вдалося зрозуміти відповідь сервера. Спробуйте пізніше.</translation>
        </message>
        <message>
            <source>Gangwerk could not save the enrolment on this device. Nothing was changed; try again.</source>
            <translation>Gangwerk не зміг зберегти підключення на цьому пристрої. Нічого не змінено. Спробуйте ще раз.</translation>
        </message>
        <message>
            <source>The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back.</source>
            <translation>Сервер зараз недоступний. Ваші зміни в безпеці на цьому пристрої, і їх буде надіслано, коли з’явиться зв’язок.</translation>
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder.</source>
            <translation>Сервер не зміг підтвердити, хто він (його сертифікат не вважається надійним), тому нічого не надіслано. Будь ласка, скажіть про це соціальному менеджеру.</translation>
        </message>
        <message>
            <source>This device is no longer connected to your project. Ask your beheerder for a new invite code.</source>
            <translation>Цей пристрій більше не підключений до вашого проєкту. Попросіть у соціального менеджера новий код запрошення.</translation>
        </message>
        <message>
            <source>The server does not allow this device to sync. Please tell your beheerder.</source>
            <translation>Сервер не дозволяє цьому пристрою синхронізуватися. Будь ласка, скажіть про це соціальному менеджеру.</translation>
        </message>
        <message>
            <source>Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again.</source>
            <translation>Синхронізація щойно не вдалася. Ваші зміни в безпеці на цьому пристрої. Gangwerk спробує ще раз.</translation>
        </message>
        <message>
            <source>The server is busy right now. Nothing was changed; try again in a minute.</source>
            <translation>Сервер зараз дуже зайнятий. Нічого не змінено. Спробуйте ще раз за хвилину.</translation>
        </message>
        <message>
            <source>The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment.</source>
            <translation>Сервер зараз дуже зайнятий. Ваші зміни в безпеці на цьому пристрої. Gangwerk незабаром спробує ще раз.</translation>
        </message>
    </context>
    <context>
        <name>gw::sync::SyncStatus</name>
        <message>
            <source>Everything is up to date.</source>
            <translation>Усе оновлено.</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n зміна чекає на надсилання</numerusform>
                <numerusform>%n зміни чекають на надсилання</numerusform>
                <numerusform>%n змін чекають на надсилання</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo on this device only: not connected to a server.</source>
            <translation>Демо лише на цьому пристрої: без підключення до сервера.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Синхронізація…</translation>
        </message>
        <message>
            <source>Offline — your changes are safe on this device</source>
            <translation>Офлайн — ваші зміни в безпеці на цьому пристрої</translation>
        </message>
        <message>
            <source>The server does not answer — your changes are safe on this device</source>
            <translation>Сервер не відповідає — ваші зміни в безпеці на цьому пристрої</translation>
        </message>
        <message>
            <source>Not synced — your changes are safe on this device</source>
            <translation>Не синхронізовано — ваші зміни в безпеці на цьому пристрої</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>Ще не синхронізовано</translation>
        </message>
        <message>
            <source>Synced just now</source>
            <translation>Щойно синхронізовано</translation>
        </message>
        <message numerus="yes">
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Синхронізовано %n хвилину тому</numerusform>
                <numerusform>Синхронізовано %n хвилини тому</numerusform>
                <numerusform>Синхронізовано %n хвилин тому</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>Синхронізовано %n годину тому</numerusform>
                <numerusform>Синхронізовано %n години тому</numerusform>
                <numerusform>Синхронізовано %n годин тому</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced on %1</source>
            <translation>Синхронізовано %1</translation>
        </message>
        <message>
            <source>Bringing your project's data to this device: %1 of %2 (%3%)</source>
            <translation>Завантажуємо дані вашого проєкту на цей пристрій: %1 з %2 (%3%)</translation>
        </message>
    </context>
</TS>
