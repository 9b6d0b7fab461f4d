<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>AppShell</name>
        <message>
            <source>Home</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demo: the data here is made up.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Category</name>
        <message>
            <source>Neighbour service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Committee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Garden and building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and lessons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>Your hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you logged. Changes stay visible, so it is always clear what happened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hours logged yet. When you log hours, you will see them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2, %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>corrected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change or remove: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove this entry?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hours no longer count. The entry stays in your history, crossed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed. The entry stays in your history, crossed out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stored on this device, not sent to your project yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted by your project.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Your hours are paused until %1. Take good care of yourself. If you do help someone, you can still log it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You did it! Thank you for everything you did for your neighbours this week.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this month, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Nothing logged yet this month, and that is fine. You have %n day left. Even a small job for a neighbour counts.</numerusform>
                <numerusform>Nothing logged yet this month, and that is fine. You have %n days left. Even a small job for a neighbour counts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nothing logged yet this week, and that is fine. You have %n day(s) left. Even a small job for a neighbour counts.</source>
            <translation>
                <numerusform>Nothing logged yet this week, and that is fine. You have %n day left. Even a small job for a neighbour counts.</numerusform>
                <numerusform>Nothing logged yet this week, and that is fine. You have %n days left. Even a small job for a neighbour counts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Nice work so far! %1 to go, and you have %n day(s) left. Every hour helps.</source>
            <translation>
                <numerusform>Nice work so far! %1 to go, and you have %n day left. Every hour helps.</numerusform>
                <numerusform>Nice work so far! %1 to go, and you have %n days left. Every hour helps.</numerusform>
            </translation>
        </message>
        <message>
            <source>Hi %1!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hi!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · asked: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Still to go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Days left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Did you help someone? Log it now, while you still remember. You can log hours up to %n day(s) back.</source>
            <translation>
                <numerusform>Did you help someone? Log it now, while you still remember. You can log hours up to %n day back.</numerusform>
                <numerusform>Did you help someone? Log it now, while you still remember. You can log hours up to %n days back.</numerusform>
            </translation>
        </message>
        <message>
            <source>Log hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the form to log the hours you gave.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show all your hours</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HoursRules</name>
        <message>
            <source>Choose the day you helped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This day is in the future. Log hours after you did them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This day is more than %n days ago. Ask your beheerder to add it.</source>
            <translation>
                <numerusform>This day is more than %n day ago. Ask your beheerder to add it.</numerusform>
                <numerusform>This day is more than %n days ago. Ask your beheerder to add it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Log at least %n minutes.</source>
            <translation>
                <numerusform>Log at least %n minute.</numerusform>
                <numerusform>Log at least %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>A day can have at most %1 hours in total. You can add %2 more on this day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what kind of help it was.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The note is too long. Use at most %n characters.</source>
            <translation>
                <numerusform>The note is too long. Use at most %n character.</numerusform>
                <numerusform>The note is too long. Use at most %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only change your own hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry was removed. Log the hours again instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This entry was already changed. Change the newest version instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>One entry can be at most %n hours. Split a longer day into parts.</source>
            <translation>
                <numerusform>One entry can be at most %n hour. Split a longer day into parts.</numerusform>
                <numerusform>One entry can be at most %n hours. Split a longer day into parts.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LogHoursPage</name>
        <message>
            <source>Change an entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your old entry stays in your history, crossed out, so everything stays clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for helping! Fill in what you did.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which day?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What kind of help?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind of help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you do? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 / %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 characters used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stores these hours on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: groceries for a neighbour</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Gangwerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk keeps your hours safe and encrypted on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk cannot open your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was changed or deleted. If this keeps happening, ask your beheerder for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome to Gangwerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With Gangwerk you keep track of the hours you give to your neighbours. First, this app needs to be connected to your housing project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your beheerder will help you connect. This comes in a next version of the app.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthChart</name>
        <message>
            <source>Your hours in the last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours you gave</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours asked by your project</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Gangwerk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your hours are stored on this device only, encrypted. They also work without internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are looking at the demo project. The people and hours in it are made up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Store</name>
        <message>
            <source>The key for your data is missing or unusable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot create the data file. Check free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open the data file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This build of Gangwerk cannot encrypt your data, so it will not start. Please install an official build.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot open: wrong key or not a Gangwerk store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This data was saved by a newer version of Gangwerk. Please update the app to open it. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk could not update your data to this version. Nothing was changed; please report this.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Protect your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no safe place for the key to your data. Choose a passphrase: Gangwerk uses it to lock your data. Use at least 8 characters, and write it down somewhere safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your passphrase to open your data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening your data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::HourEntryForm</name>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed. Your entry is now %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved: %1. Thank you for helping!</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::HourHistoryModel</name>
        <message>
            <source>Removed on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed to %1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted by the server.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::HoursService</name>
        <message>
            <source>%1 per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 per week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>week %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your hours could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The entry could not be removed. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can pause a requirement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This member is not part of your project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pause could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::MemberProgressModel</name>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::MonthlyHoursModel</name>
        <message>
            <source>%1: %2 of %3</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::Session</name>
        <message>
            <source>Gangwerk cannot create the folder for your data. Check free space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key to your data is not on this computer any more, so Gangwerk cannot open it. Your data was not changed. Ask your beheerder for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your data is locked with this computer's keyring, but the keyring cannot be reached now. Log out and in again, then open Gangwerk again. Your data was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Use at least %n characters.</source>
            <translation>
                <numerusform>Use at least %n character.</numerusform>
                <numerusform>Use at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase is not right. Try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
