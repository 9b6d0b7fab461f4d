<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ActivitiesPage</name>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What your neighbours organise. Sign up, alone or together with a neighbour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not signed up for anything yet. Look under “Coming up”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activities in the last two months.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activities planned yet. Your corridor is waiting for the first one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activities yet. Ask your gangmaker what is coming.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an activity to see what it is and to sign up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan an activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the first one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan the first activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add to my calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add my activities to my calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the programme as a calendar file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivitiesRules</name>
        <message>
            <source>Only an activity that counts as hours gives time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is already booked then for “%2” (%3). Choose another time or place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled. You cannot sign up for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity has already started. You cannot sign up for it any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing up for this activity has closed. Ask the organiser if you still want to come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are already signed up for this activity (or your neighbour is).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a neighbour to come with, or come alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the activity a name, for example “Cooking together”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long. Use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The description is too long. Use at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where the activity takes place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the common room of another corridor. Choose a room for everyone, or the room of this corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day and time it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This time has passed. Choose a time that is still to come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an end after the start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity lasts at most %1 hours. Plan a longer one as two activities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose between 1 and %1 places, or no limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing up must close before the activity starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how long counts as hours: between 5 minutes and %1 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The room is already booked then. Choose another time or place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every %1, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every other %1, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last %1 of every month, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the last day the activity repeats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day must come after the first date. Choose a later day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A series has at most %1 dates. Choose an earlier last day, or plan a new series later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 of every month, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The second %1 of every month, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The third %1 of every month, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fourth %1 of every month, until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity does not count as hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organiser has not marked who came yet. You can ask after that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You already asked to check these hours. Please wait for the answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in a few words what is not right.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your reason can be at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This question does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone has already answered this question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your own question. Another organiser or the beheerder answers it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a short answer, so that your neighbour knows why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer can be at most %1 characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityCard</name>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You organise this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · for everyone</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityDetail</name>
        <message>
            <source>You signed up together with %1. You will see here when it is confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You signed up. You will see here when it is confirmed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to all activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · for everyone in the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · for your corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When someone signs off, the first on the list gets the place. You will see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your phone sends it as soon as there is internet. The server gives the places in the order sign-ups arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the waiting list for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign up for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Come with a neighbour…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign up together with a neighbour for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign off from %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You signed off. Your place goes to the next person on the waiting list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Come with a neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You both get a place, or you wait together. Ask your neighbour first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbour to come with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign up together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who signed up is told, with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why, in a few words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it is cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The activity is cancelled. Everyone who signed up will see why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who signed up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – waiting list, place %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – not yet confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who came?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark who came to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who came to %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone you tick gets the hours. You get your organising time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick who came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save who came</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved who came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give %1 a place now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 has a place now and will be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions about hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 asks for %2 (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accept: give %1 %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted. %1 gets %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decline the question of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hours stay as they are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell %1 why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: you left at 19:00.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send your answer to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent. %1 will see your answer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityFormPage</name>
        <message>
            <source>%1, hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to all activities, without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan an activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone who signed up sees the change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your neighbours see it in the programme and can sign up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Cooking together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What will you do? (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: we make soup and eat together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For whom?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For whom</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My corridor (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This stays as it was planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which day?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ends at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a limited number of places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing up closes before the start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing up closes on %1. Choose another day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signing up closes at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming counts as wederkerigheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours it counts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes it counts for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel, without saving</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saves the change to the programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puts the activity in the programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which dates do you change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date and all later dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeats</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does not repeat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every other week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every month (same week)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeats: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last day: %1. Choose another day</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityWeek</name>
        <message>
            <source>Cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities in the week of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing planned</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens a list of the other screens</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendanceCard</name>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bar shows who came; the number, who came of who signed up.</source>
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
        <name>DayPicker</name>
        <message>
            <source>Choose a day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeviceLine</name>
        <message>
            <source>this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Devices</name>
        <message>
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>yesterday</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DisconnectDialog</name>
        <message>
            <source>%1 of %2 is disconnected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device of %1 can then no longer see or send anything. Their hours stay. To use Gangwerk again on it, they need a new invite.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnect %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EmergencyGate</name>
        <message>
            <source>Danger now? Someone hurt, fire, violence? Call 112 first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call 112</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call 112, the emergency number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Call %1 (day and night)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The office is closed now (open %1). The beheerder reads your signal when the office opens: %2. Is it urgent? Call %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EnrolPage</name>
        <message>
            <source>Connect to your housing project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your beheerder gives you a server address and an invite code. You only do this once on this device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts with https://. An address with http:// only works for a test server on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>So you and your beheerder can recognise it later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name (if you want)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave it empty if your beheerder already wrote down your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connecting… This can take a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connects this device to your housing project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got a link or a QR code from your beheerder? Open it on this device: everything is filled in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Capital letters, spaces and dashes do not matter. You can also paste the invite link here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpBoardPage</name>
        <message>
            <source>Help each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small help between neighbours: groceries, a chat, a form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask or offer help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which requests and offers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not asked or offered anything yet. Neighbours like to help: ask for what you need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You do not help with anything yet. Look under "For me".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open requests. Nothing waits for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody asks or offers anything right now.</source>
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
        <message>
            <source>Not right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not right? Ask the organiser to check: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask to check your hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How many minutes are right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes that are right</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? For example: I stayed to clean up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is it not right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send the question to the organiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent. The organiser will check it.</source>
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
        <message>
            <source>You look after %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hours are asked of the residents. Under Residents you see where everyone stands, and you can pause someone's hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opens the overview of all residents' hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · your hours are paused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 done. Your hours are paused until %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May need a conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In %1, everyone did at least half of what was asked so far.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>In %1, they did less than half of what was asked so far: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the residents who may need a conversation</source>
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
        <message numerus="yes">
            <source>One entry can be at most %n hours. Split a longer day into parts.</source>
            <translation>
                <numerusform>One entry can be at most %n hour. Split a longer day into parts.</numerusform>
                <numerusform>One entry can be at most %n hours. Split a longer day into parts.</numerusform>
            </translation>
        </message>
        <message>
            <source>This entry is too long ago to change. Ask your beheerder to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This removal does not match the entry it removes. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A day can have at most %1 hours in total.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n h</source>
            <translation>
                <numerusform>%n h</numerusform>
                <numerusform>%n h</numerusform>
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
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IntroPage</name>
        <message>
            <source>Living here means helping each other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In your housing project, neighbours do things for each other. Your project asks everyone for a few hours a month. We call that wederkerigheid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groceries for a neighbour, a chat, help with a form or a computer, cooking together, work in the garden, a house meeting. Small things count too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your hours, safe on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You write down the hours you gave. They are kept locked on this device and shared only with your beheerder. Your neighbours do not see them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skip the introduction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteLink</name>
        <message>
            <source>This is not a Gangwerk invite link. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This invite link has no usable address in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This invite link has no usable code in it. Ask your beheerder for a new one, or type the address and the code.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KnockOutcome</name>
        <message>
            <source>I spoke to them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They asked for the beheerder</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KnockTasksCard</name>
        <message>
            <source>Knock on a door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked by %1. How did it go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you. The beheerder sees how it went.</source>
            <translation type="unfinished" />
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
        <message>
            <source>Another day…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day: %1. Choose another day</source>
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
    </context>
    <context>
        <name>MemberRow</name>
        <message>
            <source>gangmaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours paused until %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 done, hours paused until %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May need a conversation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>studio %1</source>
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
        <message>
            <source>Use the arrow keys to choose a month.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthReport</name>
        <message>
            <source>Corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wederkerigheid: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 residents. Together %2 done of %3 asked. %4 paused.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made with Gangwerk. The hours are a reason to talk with someone, never to compare people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder %1 cannot be made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report could not be saved (%1).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MutationKinds</name>
        <message>
            <source>Hours you logged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pause of someone's hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A device you disconnected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity you planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity you cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sign-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your sign-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who came, as you marked it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A place you gave from the waiting list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your question about your hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer to a question about hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request or offer you posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help you took</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your offer to stand in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help you gave back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request or offer you withdrew</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request or offer you put up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help you reported as done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help you confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your question about help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your decision about help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A post you hid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A helper you suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talents you changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your signal to the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What you added to a signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signal you opened again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signal you started on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your answer to a signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signal you closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signals you put together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your note on a signal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A knock on the door you asked for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How your knock on the door went</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A signal you opened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Mutations</name>
        <message>
            <source>This member is not part of your project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pause cannot end before today. Choose a later date, or lift the pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device is not part of your project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are using this device now. You cannot disconnect it from here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is for another corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity stays for the corridor it was planned for. Cancel it and plan a new one instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled or over. It cannot be changed any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An activity has at most 4 organisers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a few words why it is cancelled, so that the people who signed up know.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is over. It cannot be cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This sign-up does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity has already started. Tell the organiser if you cannot stay.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled. Nobody can be marked as present.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity has not started yet. Mark who came once it has begun.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled or over. Nobody can get a place any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity has already started.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This neighbour is not on the waiting list (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This request or offer does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is for another corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This task does not exist (any more).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PauseDialog</name>
        <message>
            <source>The pause could not be saved. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pause for %1 is lifted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1's hours are paused until %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause hours for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The hours of %1 are paused until %2. Choose a new date, or lift the pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>During a pause, %1 is not asked to do hours. Hours they still log keep counting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until the end of this month (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until the end of next month (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a number of weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of weeks</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n week(s), until %1</source>
            <translation>
                <numerusform>%n week, until %1</numerusform>
                <numerusform>%n weeks, until %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Lift the pause: hours are asked again from today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lift pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it until %1, as it is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Extend pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (optional, only the beheerder sees it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for the pause, optional. Only the beheerder sees it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>You can only log your own hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a beheerder can credit hours for an activity or a service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder sees everyone's hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a beheerder can pause a requirement.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the member and the beheerder see this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder sees the reason for a pause.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is only for the people of that corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder sees this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can plan an activity here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can change this activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker of this corridor or the beheerder can cancel this activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the organisers see who signed up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the organisers can take attendance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the organisers can give someone a place from the waiting list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only sign yourself up or off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only come together with a neighbour from your corridor.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only ask or offer help for yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker or the beheerder can ask for help for a neighbour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot take this request.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the helper can report this help as done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who asked can confirm this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can hide a post.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can settle this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the member and the beheerder see these talents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can change talents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only send a signal in your own name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker can send a signal for a neighbour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who sent this signal and the beheerder see it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who sent this signal can add to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who sent this signal can open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can handle a signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder sees notes on a signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can write notes on a signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can ask for a knock on the door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This task is for someone else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can invite people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can disconnect a device.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can only ask about your own hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the organisers or the beheerder can answer a question about hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the beheerder can suggest a helper.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reminders</name>
        <message>
            <source>%1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tomorrow: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1–%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soon: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Starts at %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have a place now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1. Open Gangwerk to read why.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentPage</name>
        <message>
            <source>All residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to all residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the pause for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pause the hours of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pauses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No pauses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hours filled in yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a correction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not connected yet. Give %1 an invite to connect a phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What %1 likes to help with. You see who fits when a neighbour asks for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save talents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Talents saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentRow</name>
        <message>
            <source>No corridor</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentsFilters</name>
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: hours done and hours asked. A reason to talk with someone, never to compare people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the month report for the housing provider, as a spreadsheet and to print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the folder with the report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find by name, studio or corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a resident by name, studio or corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worth a talk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paused</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not updated for %n days</source>
            <translation>
                <numerusform>Not updated for %n days</numerusform>
                <numerusform>Not updated for %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n days</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Not updated for how many days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group by corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 residents shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Getting the residents from your project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No residents yet. They appear here after they connect and sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches. Clear the search or choose Everyone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResidentsPage</name>
        <message>
            <source>Residents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>paused until %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceCard</name>
        <message>
            <source>Nobody took this for 2 days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceCategory</name>
        <message>
            <source>Groceries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A chat, a listening ear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computer or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Letters and forms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A small job</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language buddy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is about care or health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is about money or a bank card</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceDetail</name>
        <message>
            <source>Choose a request or offer to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the Help board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the whole project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For your corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder says: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder thinks you could help with this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, I would like this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I will help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you! You can now send a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stand in if needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the helper gives it back, it is yours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You will stand in if needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given back. A neighbour can take it now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put it up again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is on the board again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help on %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes, I was helped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you! The helper gets the hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count the hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbours who are good at this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suggest %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 will be told.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only you and the other person read these. No need to share your phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What happened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You helped. How did it go?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few words (you may leave this empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Report as done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported. Your neighbour is asked to confirm.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What is not right? The beheerder will look at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder will look at it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count these hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A word for both of them (you may leave this empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hours for this help?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? Both of them read this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide this post?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why? The person who posted it reads this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceFormPage</name>
        <message>
            <source>Your offer is on the board.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your request is on the board. A neighbour can take it now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbours help with small things. It costs you nothing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I would like help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I can help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What kind of help?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further. That is safer for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What can you do?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do you need?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: I can help with a computer or phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: Who can bring milk and bread on Tuesday?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flexible: any time is fine</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from %1:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From (hour)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until %1:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Until (hour)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every week, for %1 weeks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About how long?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About how long? In minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who sees it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone in the project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For whom?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other neighbours do not see the name. You talk with the helper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put my offer on the board</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put my request on the board</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceNotices</name>
        <message>
            <source>A neighbour will help you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour said yes to your offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Gangwerk to send a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your neighbour helped you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please confirm the help in Gangwerk, so your neighbour gets the hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you for helping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 counted as your hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody took your request</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody took your offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is no longer on the board. You can put it up again in Gangwerk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have a new message about a request for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can you help?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder thinks you could help a neighbour. Have a look in Gangwerk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A request waits for help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody took a request for help for 2 days. Can you find someone?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceRules</name>
        <message>
            <source>Choose what kind of help it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neighbours help with small things. For care, health or money, the beheerder helps you further.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in a few words what it is about.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is too long. Use at most 1000 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say how long it takes: between 5 minutes and 8 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end of the time must be after its start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This time has passed already. Choose a later time or "flexible".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help that repeats needs a first day and time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the last day it repeats.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last day must be after the first day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is too many times. Choose a last day within a year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is your own post. A neighbour can take it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour already took this. You can offer to stand in if they give it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This was withdrawn. It is not needed any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This has expired. The person who posted it can put it up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder took this post away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This help is finished already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody has taken this yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You took this already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who took this can give it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who posted this can do that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a post that nobody took can be put up again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the helper can say this help is done. Maybe someone else took it over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the day you helped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That day has not come yet. Report it when you have helped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is not one of the agreed days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You reported this help as done already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in at least 5 minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is more than 12 hours. Fill in the time of one day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is too long. Use at most 500 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who was helped can confirm this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This help was not reported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This help is confirmed or decided already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These hours are counted already. If they are not right, choose "Not right?".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to decide about this help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the person who asked and the helper can send messages here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a message first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The message is too long. Use at most 500 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This conversation is full. Talk in person or ask the beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose at most 10 talents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose talents from the list.</source>
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
        <message>
            <source>Your hours are stored encrypted on this device and sent to your project's server, so your beheerder can see them. Logging also works without internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal (100%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Large (150%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very large (200%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your device also asks for larger text (%1%). Together the text is shown at %2%.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Less movement on the screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your device already asks for less movement; the app follows it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalCategory</name>
        <message>
            <source>I have not seen someone for days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone keeps to themselves more and more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone does not take care of themselves</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I am worried about someone's health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nuisance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The building or safety</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something else</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalDetail</name>
        <message>
            <source>Choose a signal to read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Very late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent by: %1%2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(for a neighbour who told them)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noticed since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added later</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer from the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is it not solved? You can open it again until %1. Say why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you know more? Add it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why do you open it again?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What do you want to add?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are working on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the same situation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer to the person who sent it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They read this. Write no care details: those go in a note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it ended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close with this answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed. The reporter reads your answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes (only beheerders read these)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Knock on the door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The gangmaker only sees the studio and the day, not this signal or who sent it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which gangmaker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio to knock on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask to knock today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asked. The gangmaker sees it on their phone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put together with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put together. Answers now reach both reporters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It can wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How soon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to the signals</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalFormPage</name>
        <message>
            <source>Tell the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Are you worried about a neighbour? Only the beheerder reads this. Your neighbour does not see that it was you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What worries you?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About whom or where? (you may leave this empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio number, for example 2.14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or a place, for example the bicycle shed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since when?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I do not know</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A few days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A month or longer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How soon should the beheerder react?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It can wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What did you notice?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: I have not seen my neighbour for four days. The post is piling up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour told me this and asked me to pass it on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send to the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalNotices</name>
        <message>
            <source>A signal for today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour asks for a reaction today. Open Gangwerk to read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder answered you</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open Gangwerk to read the answer to your signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please knock on a door</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder asks you to look in on a neighbour. Open Gangwerk to see where.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalOutcome</name>
        <message>
            <source>Checked in person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred to care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nuisance procedure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No action needed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalRow</name>
        <message>
            <source>Very late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n more about the same situation</source>
            <translation>
                <numerusform>%n more about the same situation</numerusform>
                <numerusform>%n more about the same situation</numerusform>
            </translation>
        </message>
        <message>
            <source>The beheerder answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalRules</name>
        <message>
            <source>Choose what worries you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose if it can wait or if it is for today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in a few words what you noticed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The text is too long. Use at most 2000 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most 40 characters for the studio or the place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That day has not come yet. Choose today or a day before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal has not reached the beheerder yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone is working on this signal already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal is closed already. Its reporter can open it again within 14 days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal is handled together with another one. Do this on that signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal is still open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is more than 14 days since this signal was closed. Send a new signal.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another signal to put this one with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The other signal is closed or merged itself. Choose an open one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how it ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write an answer to the person who sent it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write in a few words why.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This signal is full. Call or visit the beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the studio to knock on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose today or a day in the coming week.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a gangmaker can be asked to knock on a door.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How this went is written down already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose how it went.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It can wait</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet. It goes to the beheerder as soon as you have internet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder has your signal and will read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The beheerder is working on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed. Thank you for paying attention.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You opened it again. The beheerder will look at it again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalState</name>
        <message>
            <source>Not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SignalsPage</name>
        <message>
            <source>Signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worried about a neighbour?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting too long: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is late.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the beheerder. Only the beheerder reads it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corridor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it is about</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your signals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No signals here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not sent a signal. If you worry about a neighbour, you can always tell the beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you. Your signal is saved and goes to the beheerder.</source>
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
        <message>
            <source>The data file is busy. Nothing was changed; try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncSection</name>
        <message>
            <source>Sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sends your changes and fetches the newest data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not accepted by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These changes do not count. They stay in this list so you can see what happened. Ask your beheerder if something is not clear.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, made on %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, made on %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatusLine</name>
        <message>
            <source>Shows the sync details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync progress</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TextAskDialog</name>
        <message>
            <source>Send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which day?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How long did it take? In minutes</source>
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
        <name>YearChartCard</name>
        <message>
            <source>The last 12 months</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::ActivitiesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are not signed up for this activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You asked the organiser to check this</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked: changed to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked: stays — %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not marked as present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Got %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::ActivityAttendanceModel</name>
        <message>
            <source>Since %1, %2 of %3 neighbours came to at least one activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing took place. Cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Held: %1 · signed up: %2 · came: %3 · different neighbours: %4</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::ActivityForm</name>
        <message>
            <source>Changed: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned: %1. It is in the programme now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only this date changes. The series stays: %1.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 – %n dates from this one</source>
            <translation>
                <numerusform>%1 – %n dates from this one</numerusform>
                <numerusform>%1 – %n dates from this one</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 – %n dates</source>
            <translation>
                <numerusform>%1 – %n dates</numerusform>
                <numerusform>%1 – %n dates</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed: %1, this date and the later dates.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Planned: %1, %n dates. They are in the programme now.</source>
            <translation>
                <numerusform>Planned: %1, %n dates. They are in the programme now.</numerusform>
                <numerusform>Planned: %1, %n dates. They are in the programme now.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>gw::ActivityListModel</name>
        <message>
            <source>Earlier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n coming</source>
            <translation>
                <numerusform>%n coming</numerusform>
                <numerusform>%n coming</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Full – %n waiting</source>
            <translation>
                <numerusform>Full – %n waiting</numerusform>
                <numerusform>Full – %n waiting</numerusform>
            </translation>
        </message>
        <message>
            <source>Full</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 places taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed up – waiting for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are coming</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are coming, together with %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On the waiting list, place %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organiser changed the series, and this date is no longer in it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::ActivityWeekModel</name>
        <message>
            <source>%1 – %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::CalendarExport</name>
        <message>
            <source>Cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This activity is cancelled: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are coming, together with a neighbour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are coming.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (waiting list, place %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are on the waiting list, place %1. You will hear it when a place comes free.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (not yet confirmed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You signed up. It is confirmed when your phone has synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed off: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You signed off from this activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You organise this activity.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Places taken: %1 of %2. Waiting: %3.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coming: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts as %1 of wederkerigheid.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In one hour: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk – my activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk – programme of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk – programme of corridor %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calendar file could not be saved. Check that there is space on this device and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as %1. There are no activities in it yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Saved as %1. Open this file to add %n activities to your calendar app.</source>
            <translation>
                <numerusform>Saved as %1. Open this file to add %n activities to your calendar app.</numerusform>
                <numerusform>Saved as %1. Open this file to add %n activities to your calendar app.</numerusform>
            </translation>
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>my activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>programme</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::DeviceListModel</name>
        <message>
            <source>Last updated: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Connected since %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disconnected on %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::DevicesService</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The device could not be disconnected. Nothing was changed. Please try again.</source>
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
        <message>
            <source>Credited for an activity</source>
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
            <source>The pause could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a date. Choose the end of the pause again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your beheerder paused your hours until %1. Take good care of yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your pause has ended: hours are asked again from today. Good to have you back.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::MemberContext</name>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::MemberProgressModel</name>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 – %2</source>
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
        <name>gw::ServicesService</name>
        <message>
            <source>Waiting for confirmation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted as hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not right: the beheerder looks at it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk is not set up yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This could not be saved. Nothing was changed. Please try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a day, or "flexible".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a neighbour, asked by %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For %1, asked by %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open: nobody helps yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You said yes to this offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 helps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 said yes to your offer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taken by a neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hidden by the beheerder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expired</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please confirm the help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for your decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Flexible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Asks for help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offers help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Posted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 took it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour took it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reported done: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Decided: no hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmed: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet</source>
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
        <message>
            <source>Saved in %1: the report as a spreadsheet (CSV) and to print (PDF).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::SignalsService</name>
        <message>
            <source>You</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A neighbour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, %2–%3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Studio %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer before %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not sent yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten: it was closed long ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgotten</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handled together with: %1, %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 knocks on studio %2 on %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Please knock on studio %1 %2 and see how they are.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::sync::Enrolment</name>
        <message>
            <source>Check the code letter by letter. A code works only once, and only for a short time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This protects your project against people who guess codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Is the address exactly as your beheerder gave it? Are you connected to the internet?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not use this address until your beheerder has checked it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Install the newest version of Gangwerk, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For example: https://gangwerk.example.nl</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If it keeps happening, tell your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An address with http:// is not safe: anyone could read along. Use the https:// address. (http:// only works for a test server on this computer.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the address of your project's server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your beheerder gives it to you, together with the invite code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the invite code from your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It looks like ABCD-EFGH-JKLM-NPQR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, since %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::sync::SyncEngine</name>
        <message>
            <source>This is not a server address. It looks like gangwerk.example.nl:8443; your beheerder can tell you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached. Check the address and your internet connection, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted). Nothing was sent. Check the address with your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This address does not answer like a Gangwerk server. Check the address with your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This invite code does not work: it may be mistyped, expired or used already. Ask your beheerder for a new code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too many attempts just now. Wait a few minutes and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This version of Gangwerk is too old for the server. Please update the app.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enrolling did not work because of a problem on the server. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer was not understood. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gangwerk could not save the enrolment on this device. Nothing was changed; try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached right now. Your changes are safe on this device and will be sent when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not prove who it is (its certificate is not trusted), so nothing was sent. Please tell your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This device is no longer connected to your project. Ask your beheerder for a new invite code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not allow this device to sync. Please tell your beheerder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing did not work just now. Your changes are safe on this device; Gangwerk will try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy right now. Nothing was changed; try again in a minute.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server is busy right now. Your changes are safe on this device; Gangwerk tries again in a moment.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>gw::sync::SyncStatus</name>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent</source>
            <translation>
                <numerusform>%n change waiting to be sent</numerusform>
                <numerusform>%n changes waiting to be sent</numerusform>
            </translation>
        </message>
        <message>
            <source>Demo on this device only: not connected to a server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline — your changes are safe on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced — your changes are safe on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced just now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Synced %n minute(s) ago</source>
            <translation>
                <numerusform>Synced %n minute ago</numerusform>
                <numerusform>Synced %n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Synced %n hour(s) ago</source>
            <translation>
                <numerusform>Synced %n hour ago</numerusform>
                <numerusform>Synced %n hours ago</numerusform>
            </translation>
        </message>
        <message>
            <source>Synced on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything is up to date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not answer — your changes are safe on this device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bringing your project's data to this device: %1 of %2 (%3%)</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
