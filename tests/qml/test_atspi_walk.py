"""Every screen as a screen reader receives it, through the real accessibility bus.

The real app (its own binary, a real encrypted store) enrols with a real gangwerk-server on
loopback that holds the demo project, as a resident (Samira), the gangmaker (Daan) and the
beheerder (Inge), in Dutch and in Arabic (right to left). An independent AT-SPI client
(atspi.py) walks each screen of the navigation as Orca would: it focuses the navigation's tabs
and presses Space, reads what is showing, and tabs through the screen; then it goes the ways
each member goes (JOURNEYS): into an activity, a request, a signal, a resident, a form, and the
dialogs they open, which it closes with Escape. On every screen, detail, form and dialog:
  - every control a user can operate has a name with words in it, and its role;
  - the editable part inside a spin box or combo box is named too;
  - nothing showing is read as a bare symbol ("!", a glyph): decoration is hidden;
  - the screen (or dialog) has a heading;
  - Tab reaches only controls that are showing, inside the window, in reading order (top to
    bottom, and left to right, or right to left in Arabic);
  - Tab reaches every control a mouse or a finger can use (a list or grid that moves by arrow
    keys once it has the focus counts for its items).

Also: a confirmation reaches the bus as an alert each time it shows; a disabled control is read
as disabled.

Environment (set by CMake): GANGWERK_APP, GANGWERK_SERVER; run by run_atspi_walk.sh in a session
and on a display of its own. GANGWERK_ATSPI_VERBOSE=1 prints each screen as it is read."""

import functools
import os
import re
import shutil
import signal
import subprocess
import tempfile
import time
import unittest
import xml.etree.ElementTree as ET

import atspi
import dbus

I18N = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "qml", "i18n")


@functools.lru_cache(maxsize=None)
def table(language):
    """The app's own translations as it shows them: qml/i18n/gangwerk_<language>.ts, with the
    ones lupdate guessed from another screen ("unfinished"), which lrelease keeps too."""
    shown = {}
    for ctx in ET.parse(os.path.join(I18N, f"gangwerk_{language}.ts")).getroot().iter("context"):
        name = ctx.find("name").text
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") != "yes" and tr is not None and tr.text:
                shown[(name, msg.find("source").text)] = tr.text
    return shown


def words(language, context, english):
    """A control's name as the app says it in @p language, as a pattern (%1 may be anything)."""
    said = table(language).get((context, english), english)
    return re.compile("^" + re.escape(said).replace("%1", ".*").replace("%2", ".*") + "$")

APP = os.environ["GANGWERK_APP"]
SERVER = os.environ["GANGWERK_SERVER"]
VERBOSE = os.environ.get("GANGWERK_ATSPI_VERBOSE") == "1"

SAMIRA = "00000000-0000-4000-8000-0000000000a1"
DAAN = "00000000-0000-4000-8000-0000000000a3"
INGE = "00000000-0000-4000-8000-0000000000b1"

# Roles a user operates (AT-SPI role names, as GetRoleName gives them).
POPUPS = {"dialog", "popup menu", "menu"}
INTERACTIVE = {"push button", "toggle button", "check box", "radio button", "combo box",
               "spin button", "text", "entry", "password text", "slider", "page tab",
               "menu item", "link", "check menu item", "radio menu item"}
WORDS = re.compile(r"\w", re.UNICODE)
# "More" in the phone's bar, in the languages walked (and the others).
MORE = {"Meer", "More", "المزيد", "Більше"}


def one_time(a, b):
    """Whether @p a and @p b are the hours and minutes of one time ("Starts at, hours" and
    "Starts at, minutes"): spin buttons whose names differ only after their last comma."""
    def field(node):
        return re.sub(r"[,،][^,،]*$", "", node.name)
    return a.role == b.role == "spin button" and field(a) == field(b) and field(a) != a.name


def run(*args):
    proc = subprocess.run([SERVER, *args], capture_output=True, text=True, timeout=60)
    if proc.returncode != 0:
        raise AssertionError(f"gangwerk-server {args[0]} failed: {proc.stderr}")
    return proc.stdout


class Walk(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.launcher = atspi.start_bus()
        cls.client = atspi.Client()

    @classmethod
    def tearDownClass(cls):
        cls.launcher.terminate()
        cls.launcher.wait(timeout=15)

    def setUp(self):
        # A server of its own for each test, from the demo: the journeys change what they go
        # through (Daan takes a request), and no test may find another's changes.
        self.tmp = tempfile.mkdtemp(prefix="gw-atspi-")
        self.addCleanup(shutil.rmtree, self.tmp, ignore_errors=True)
        self.data = os.path.join(self.tmp, "server")
        run("seed-demo", "--data", self.data)
        server = subprocess.Popen(
            [SERVER, "serve", "--data", self.data, "--listen", "127.0.0.1:0", "--plaintext"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.addCleanup(lambda: (server.send_signal(signal.SIGTERM), server.wait(timeout=15)))
        m = re.search(r"serving on (\S+):(\d+)", server.stdout.readline())
        if not m:
            raise AssertionError("gangwerk-server did not start")
        self.url = f"http://127.0.0.1:{m.group(2)}"

    def start_app(self, member, language, size=None):
        code = run("invite", "--data", self.data, "--project", "De Gang", "--member",
                   member).strip().splitlines()[-1].strip()
        data_dir = tempfile.mkdtemp(dir=self.tmp)
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
        app = subprocess.Popen([APP, "--data-dir", data_dir, "--server", self.url, "--invite",
                                code, "--language", language] +
                               (["--window-size", size] if size else []),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        self.addCleanup(lambda: (app.terminate(), app.wait(timeout=15)))
        root = self.client.application("Gangwerk")
        # The navigation shows once the app is enrolled and has its data.
        frame = self.client.wait_for(lambda: next(
            (c for c in root.children if c.role == "frame" and c.showing), None),
            what="the window")
        self.client.wait_for(lambda: self.nav_buttons(frame), timeout=60,
                             what="the navigation (enrolled and synced)")
        # The first screen has no tabs of its own: these are the navigation's.
        self.nav = {t.name for t in self.nav_buttons(frame)}
        # The keys go to the window under the pointer (no window manager here): a phone-size
        # window does not reach the middle of the screen.
        x, y, w, h = frame.extents(screen=True)
        self.client.move_pointer(x + w // 2, y + h // 2)
        return frame

    def nav_buttons(self, frame):
        """The navigation: its tabs, one per screen (and, once a screen with tabs of its own
        shows, those too: self.nav has the navigation's names)."""
        return [n for n in frame.walk() if n.role == "page tab"]

    def popup(self, frame):
        """The dialog or menu that shows, or None."""
        return next((n for n in frame.walk() if n.role in POPUPS), None)

    def page(self, frame, name):
        """The showing screen: the panel named as its tab."""
        return next((n for n in frame.walk() if n.role == "panel" and n.name == name), None)

    def check_screen(self, frame, where):
        # An object can go while it is read (a busy machine: a delegate or a toast replaced
        # between listing the screen and asking its role): then the screen is read again.
        for attempt in range(3):
            try:
                return self.read_screen(frame, where)
            except dbus.DBusException:
                if attempt == 2:
                    raise
                time.sleep(0.5)

    def read_screen(self, frame, where):
        page = self.client.wait_for(lambda: self.page(frame, where), what=f"the screen {where}")
        nodes = page.walk()
        if VERBOSE:
            print(f"\n== {where}")
            for n in nodes:
                print(f"   {n.describe()} {sorted(n.states & {'checked', 'focusable', 'focused', 'checkable', 'editable', 'expanded', 'selected'})}")
        problems = []
        headings = [n for n in nodes if n.role == "heading"]
        if not headings:
            problems.append("no heading")
        problems += self.check_nodes(frame.walk())
        return problems

    def check_nodes(self, nodes):
        problems = []
        for n in nodes:
            try:
                problems += self.check_node(n)
            except dbus.DBusException:
                pass  # gone while read: the screen changed
        return problems

    def check_node(self, n):
        problems = []
        if n.role in INTERACTIVE and not WORDS.search(n.name):
            problems.append(f"unnamed {n.describe()}")
        if n.role in {"spin button", "combo box"}:
            for c in n.children:
                if c.role in {"text", "entry", "spin button"} and c.showing and \
                        not WORDS.search(c.name):
                    problems.append(f"unnamed part {c.describe()} of {n.describe()}")
        if n.role in {"label", "static", "image"} and n.name.strip() and \
                not WORDS.search(n.name):
            problems.append(f"a symbol read out: {n.describe()}")
        return problems

    def operable(self, container):
        """The showing, enabled controls inside @p container that a user operates (with a
        mouse or a finger: focusable or not), but the navigation's tabs, each with the nodes
        whose focus counts as reaching it: the control and what is inside it (the field of a
        spin box), or, for an item of a list, grid or table, the items beside it (such a group
        takes the focus once and its arrow keys move inside)."""
        found = []

        def visit(n, group):
            try:
                if not n.showing:
                    return
                role, states = n.role, n.states
                if role in ("list", "table", "tree"):
                    group = n
                # (A list item is a card that opens: words alone are a label or a panel.)
                if (role in INTERACTIVE or role == "list item") and "sensitive" in states and \
                        not (role == "page tab" and n.name in self.nav):
                    found.append((n, group))
                for c in n.children:
                    visit(c, group)
            except dbus.DBusException:
                pass
        visit(container, None)
        groups = {}  # read once per list, not once per item in it
        for n, g in found:
            if (g or n) not in groups:
                groups[g or n] = set((g or n).walk(showing_only=False))
        return [(n, groups[g or n]) for n, g in found]

    def tab_through(self, frame, container, rtl, popup=False):
        """Tabs through @p container (a screen or a dialog) from where the focus is; returns
        the problems found. In a @p popup, Qt 6.4 gives a control's corner relative to the
        popup and, as width and height, the popup's right and bottom edge: only the corners
        count there (a line is the same height, 20 px)."""
        problems = []
        inside = set(container.walk())
        win = frame.extents()
        tab_names = self.nav
        order = []
        together = {}
        seen = {self.client.focused} if self.client.focused else set()
        reached = set(seen)
        misses = 0
        for _ in range(80):
            self.client.focused = None
            self.client.key("Tab", wait=0)
            # One key at a time: on a busy machine keys sent faster than the app takes them
            # would still move the focus after the walk went on.
            deadline = time.time() + 2
            while self.client.focused is None and time.time() < deadline:
                self.client.pump(0.02)
            node = self.client.focused
            if node is None:
                misses += 1
                if misses == 5:  # the app went away, or Tab goes nowhere
                    problems.append("Tab moves the focus nowhere (5 times)")
                    break
                continue
            misses = 0
            if node in seen:
                break  # around once
            seen.add(node)
            reached.add(node)
            if node.role == "page tab" and node.name in tab_names:
                continue  # the navigation, before or after the screen
            try:
                ext = node.extents()
                showing = node.showing
            except dbus.DBusException:
                continue  # gone as it was reached (the screen changed)
            if VERBOSE:
                print(f"   tab -> {node.describe()} {ext}")
            if not showing or ext is None or ext[2] <= 0 or ext[3] <= 0:
                problems.append(f"Tab reaches {node.describe()}, which is not showing")
                continue
            x, y, w, h = ext
            if popup:
                ext = (x, y, 1, 20)
            elif x + w <= 0 or y + h <= 0 or x >= win[2] or y >= win[3]:
                problems.append(f"Tab reaches {node.describe()} outside the window at {ext}")
                continue
            if node in inside:
                # The screen may have scrolled to show it: the control before it is read again
                # now, so that the two are compared as they stand together.
                if order:
                    before = order[-1][0]
                    try:
                        now = before.extents()
                        if popup and now:
                            now = (now[0], now[1], 1, 20)
                        together[node] = (before, now, ext)
                    except dbus.DBusException:
                        pass
                order.append((node, ext))
        # Every control a user can operate is reached by Tab (a list that takes the focus once
        # and moves inside by arrow keys counts for its items).
        for n, counts in self.operable(container):
            if not counts & reached:
                problems.append(f"Tab never reaches {n.describe()} {sorted(n.states)}")
        if not order:
            return problems
        # Tab goes around: read the round from the control nearest the screen's start.
        # (On its first line: controls of one line may stand a few pixels apart.)
        top = min(e[1] for _, e in order)
        first = min((i for i in range(len(order)) if order[i][1][1] <= top + 10),
                    key=lambda i: -order[i][1][0] if rtl else order[i][1][0])
        order = order[first:] + order[:first]
        # Reading order: each next control lower down, further along the same line (to the
        # right, or to the left right to left), or at the top of the next column.
        for (a, ea), (b, eb) in zip(order, order[1:]):
            if b in together and together[b][0] == a and together[b][1]:
                ea, eb = together[b][1], together[b][2]
            overlap = min(ea[1] + ea[3], eb[1] + eb[3]) - max(ea[1], eb[1])
            same_line = overlap > min(ea[3], eb[3]) / 2
            inside_a = (eb[0] >= ea[0] and eb[1] >= ea[1] and eb[0] + eb[2] <= ea[0] + ea[2] and
                        eb[1] + eb[3] <= ea[1] + ea[3])
            if inside_a:
                ok = True  # into a list or a group, at its first control
            elif same_line and one_time(a, b):
                ok = eb[0] > ea[0]  # a time reads hours, then minutes, left to right ("19:00")
            elif same_line:
                ok = (eb[0] < ea[0]) if rtl else (eb[0] > ea[0])
            else:
                lower = eb[1] >= ea[1] - 4
                next_column = (eb[0] + eb[2] <= ea[0] + 4) if rtl else (eb[0] >= ea[0] + ea[2] - 4)
                ok = lower or next_column
            if not ok:
                problems.append(f"Tab goes back: {a.describe()} {ea} -> {b.describe()} {eb}")
        return problems

    # The ways each member goes from a screen to what it opens: a detail, a form, a dialog.
    # Each starts at the screen's beginning (its tab pressed twice: again goes back to the
    # start) and is a list of steps, each what is pressed: (role, context, English words) in
    # the app's words (%1 for any words), or (role, None, pattern) for the demo data's own
    # words. ("enter", role, ...) focuses and presses Enter (a list opens its current row);
    # ("until", step, target) presses step until target shows (the week of an activity).
    # After each step what shows is read (the screen, or the dialog that opened); a step in
    # ("leave", ...) goes back (a form's Cancel) and is not read.
    CARD_GARDEN = ("push button", None, "^Klusdag in de moestuin, ")
    JOURNEYS = {
        SAMIRA: [
            ("Log hours", [("push button", "LogHoursPage", "Another day…")]),
            ("History", [("push button", "HistoryPage", "Change or remove: %1"),
                         ("menu item", "HistoryPage", "Remove this entry")]),
            ("History", [("push button", "HistoryPage",
                          "Not right? Ask the organiser to check: %1")]),
            ("Activities", [("until", ("push button", "ActivityWeek", "Next week"), CARD_GARDEN),
                            CARD_GARDEN,
                            ("push button", "ActivityDetail",
                             "Sign up together with a neighbour for %1")]),
            ("Help", [("page tab", "HelpBoardPage", "Mine"),
                      ("list item", None, "Hulp bij het invullen van de aanvraag"),
                      ("push button", "ServiceDetail", "Not right?")]),
            ("Help", [("push button", "HelpBoardPage", "Ask or offer help"),
                      ("leave", "push button", "ServiceFormPage", "Cancel")]),
            ("Signals", [("push button", "SignalsPage", "Tell the beheerder"),
                         ("leave", "push button", "SignalFormPage", "Cancel")]),
            ("Signals", [("list item", None, "Trappenhuis")]),
        ],
        DAAN: [
            ("Log hours", [("push button", "LogHoursPage", "Another day…")]),
            ("Activities", [("page tab", "ActivitiesPage", "Earlier"),
                            ("push button", None, "^Samen koken, "),
                            ("push button", "ActivityDetail", "Mark who came to %1")]),
            ("Activities", [("page tab", "ActivitiesPage", "Earlier"),
                            ("push button", None, "^Samen koken, "),
                            ("push button", "ActivityDetail", "Decline the question of %1")]),
            ("Activities", [("push button", "ActivitiesPage", "Plan an activity"),
                            ("leave", "push button", "ActivityFormPage",
                             "Cancel, without saving")]),
            ("Activities", [("page tab", "ActivitiesPage", "Mine"),
                            ("push button", None, "^Koffieochtend, "),
                            ("push button", "ActivityDetail", "Cancel %1")]),
            # Daan takes Yonas's request (the demo has nothing he may report yet).
            ("Help", [("list item", None, "brief van de gemeente"),
                      ("push button", "ServiceDetail", "I will help"),
                      ("push button", "ServiceDetail", "It is done")]),
        ],
        INGE: [
            # (First: the list's Enter opens the row whose control last had the focus.)
            ("Residents", [("enter", "list", "ResidentsPage", "Residents"),
                           ("push button", "DeviceLine", "Disconnect %1")]),
            ("Residents", [("push button", "MemberRow", "Pause the hours of %1")]),
            ("Help", [("page tab", "HelpBoardPage", "Overview"),
                      ("list item", None, "planten water"),
                      ("push button", "ServiceDetail", "Hide this post")]),
            ("Signals", [("list item", None, r"2\.05")]),
        ],
    }

    def locate(self, frame, page, language, step):
        """The node a step presses, or None: in the dialog or menu that shows, else on the
        screen; showing, or else scrolled out of view (a long form, a resident's page, a list;
        Qt 6.4 reads it as not visible, but it has a place), where the focus brings it."""
        role, context, english = step
        pattern = words(language, context, english) if context else re.compile(english)
        roles = {role} | ({"list item", "push button"} if role == "list item" else set())
        popup = self.popup(frame)
        where = popup or page

        def placed(n):
            ext = n.extents()
            return ext is not None and ext[2] > 0 and ext[3] > 0
        return next((n for n in where.walk() if n.role in roles and pattern.search(n.name)),
                    None) or \
            next((n for n in where.walk(showing_only=False) if n.role in roles and
                  pattern.search(n.name) and placed(n)), None)

    def find(self, frame, page, language, step):
        return self.client.wait_for(lambda: self.locate(frame, page, language, step),
                                    what=f"a {step[0]} {step[2]}")

    def walk_journeys(self, frame, member, language, rtl):
        problems = []
        for tab_key, steps in self.JOURNEYS[member]:
            tab_name = table(language).get(("AppShell", tab_key), tab_key)
            where = [tab_name]
            try:
                problems += self.journey(frame, language, rtl, tab_name, steps, where)
            except AssertionError as e:  # the way is blocked: say where, and go on
                problems.append(f"{' > '.join(where)}: {e}")
            for _ in range(3):  # close what is open
                if not self.popup(frame):
                    break
                self.client.key("Escape")
                self.client.pump(0.4)
            if self.popup(frame):
                problems.append(f"{' > '.join(where)}: Escape does not close the dialog")
        return problems

    def journey(self, frame, language, rtl, tab_name, steps, where):
        problems = []
        for _ in range(2):  # to the screen, and again: to its start
            self.nav_tab(frame, tab_name).activate()
            self.client.pump(0.3)
        page = self.client.wait_for(lambda: self.page(frame, tab_name),
                                    what=f"the screen {tab_name}")
        self.client.pump(0.5)
        for step in steps:
            kind = step[0]
            if kind == "until":
                _, press, target = step
                for _ in range(4):
                    if self.locate(frame, page, language, target):
                        break
                    self.find(frame, page, language, press).activate()
                    self.client.pump(0.5)
                continue
            leave = kind == "leave"
            enter = kind == "enter"
            node = self.find(frame, page, language, step[1:] if leave or enter else step)
            where.append(node.name[:60])
            if enter:
                node.do("setfocus")
                self.client.wait_for(lambda: "focused" in node.states,
                                     what=f"the focus on {node.describe()}")
                self.client.key("Return")
            else:
                node.activate()
            self.client.pump(0.8)
            if not leave:
                problems += [f"{' > '.join(where)}: {p}"
                             for p in self.look_at(frame, tab_name, " > ".join(where), rtl)]
        return problems

    def look_at(self, frame, tab_name, where, rtl):
        """Reads what shows after a step: the dialog or menu that opened, or the screen."""
        popup = self.popup(frame)
        if popup is None:
            problems = self.check_screen(frame, tab_name)
            # The screen can be made again while it is read (a sync on a busy machine gives
            # its panel a new object): then it is found and read again, as check_screen does.
            for attempt in range(3):
                try:
                    return problems + self.tab_through(frame, self.page(frame, tab_name), rtl)
                except dbus.DBusException:
                    if attempt == 2:
                        raise
                    time.sleep(0.5)
        self.client.pump(0.3)
        nodes = popup.walk()
        if VERBOSE:
            print(f"\n== {where}")
            for n in nodes:
                print(f"   {n.describe()} {n.extents()}")
        problems = self.check_nodes(nodes)
        if popup.role == "dialog":  # a menu has no heading, and goes by arrow keys
            if not any(n.role == "heading" for n in nodes):
                problems.append("no heading")
            problems += self.tab_through(frame, popup, rtl, popup=True)
        return problems

    def walk_all(self, member, language, size=None):
        frame = self.start_app(member, language, size)
        rtl = language == "ar"
        problems = []
        names = [b.name for b in self.nav_buttons(frame)]
        # A phone's bar holds five places; the others are under "More", a tab that opens a
        # list of them (as tabs too) rather than a screen.
        more = next((n for n in names if n in MORE), None)
        if more:
            names.remove(more)
            before = {b.name for b in self.nav_buttons(frame)}
            next(b for b in self.nav_buttons(frame) if b.name == more).activate()
            self.client.pump(0.6)
            under = self.client.wait_for(
                lambda: [b.name for b in self.nav_buttons(frame) if b.name not in before],
                what="the list under More")
            self.client.key("Escape")
            self.client.pump(0.6)
            self.nav |= set(under)
            names += under
        for name in names:
            self.nav_tab(frame, name).activate()
            self.client.pump(0.6)
            try:
                self.client.wait_for(lambda: self.page(frame, name), timeout=8,
                                     what=f"the screen {name}")
            except AssertionError:
                self.nav_tab(frame, name).activate()  # once more: a key lost on a busy machine
            problems += [f"{name}: {p}" for p in self.check_screen(frame, name)]
            problems += [f"{name}: {p}" for p in
                         self.tab_through(frame, self.page(frame, name), rtl)]
        problems += self.walk_journeys(frame, member, language, rtl)
        self.assertEqual(problems, [], "\n".join(problems))

    def nav_tab(self, frame, name):
        """The navigation's tab of the screen @p name: on a phone, one under "More" once that
        list is open."""
        tab = next((t for t in self.nav_buttons(frame) if t.name == name), None)
        if tab is not None:
            return tab
        more = next((t for t in self.nav_buttons(frame) if t.name in MORE), None)
        if more is not None:
            more.activate()
            self.client.pump(0.6)
        return self.client.wait_for(
            lambda: next((t for t in self.nav_buttons(frame) if t.name == name), None),
            what=f"the tab {name}")

    def alerts_shown(self):
        """The words of the alerts that showed since the events were last cleared."""
        words = []
        for kind, value, sender, path in self.client.events:
            if kind != "showing" or value != 1:
                continue
            try:
                node = atspi.Node(self.client, sender, path)
                if node.role in ("alert", "notification") and WORDS.search(node.name):
                    words.append(node.name)
            except dbus.DBusException:
                pass
        return words

    def button(self, page, name):
        return self.client.wait_for(lambda: next(
            (n for n in page.walk() if n.role == "push button" and n.name == name), None),
            what=f"the button {name}")

    def test_saving_is_announced_every_time(self):
        """A confirmation appears without a click on it: it reaches a screen reader as an alert
        when it shows (Orca speaks an alert as it appears), also when the same words come again
        while the last ones still show."""
        frame = self.start_app(SAMIRA, "nl")

        def save():
            tab = next(t for t in self.nav_buttons(frame) if t.name == "Uren invullen")
            tab.activate()
            page = self.client.wait_for(lambda: self.page(frame, "Uren invullen"),
                                        what="the log screen")
            self.client.pump(0.5)
            self.client.events.clear()
            # The form as it opens: today, an hour of help.
            self.button(page, "Opslaan").activate()
            self.client.pump(1.0)
            return self.alerts_shown()

        first = save()
        self.assertTrue(any("Opgeslagen" in w for w in first), f"not announced: {first}")
        again = save()  # within the 4 s the first message shows
        self.assertTrue(any("Opgeslagen" in w for w in again), f"not announced again: {again}")

    def test_a_disabled_control_is_read_as_disabled(self):
        """A control that does nothing now is read as such ("dimmed"), and as usable again once
        it is: "This week" while this week shows, and after "Next week". (Qt 6.4 reads every
        Qt Quick control as enabled; platform/accessiblestates.cpp adds what it leaves out.)"""
        frame = self.start_app(DAAN, "nl")
        tab = next(t for t in self.nav_buttons(frame) if t.name == "Activiteiten")
        tab.activate()
        page = self.client.wait_for(lambda: self.page(frame, "Activiteiten"),
                                    what="the activities")
        this_week = self.button(page, "Naar deze week")
        self.assertNotIn("sensitive", this_week.states, "'This week' is read as usable")
        self.assertNotIn("focusable", this_week.states)
        self.button(page, "Volgende week").activate()
        self.client.wait_for(lambda: "sensitive" in this_week.states,
                             what="'This week' to be read as usable after 'Next week'")

    def test_resident_dutch(self):
        self.walk_all(SAMIRA, "nl")

    def test_resident_arabic(self):
        self.walk_all(SAMIRA, "ar")

    def test_gangmaker_dutch(self):
        self.walk_all(DAAN, "nl")

    def test_gangmaker_arabic(self):
        self.walk_all(DAAN, "ar")

    def test_beheerder_dutch(self):
        self.walk_all(INGE, "nl")

    def test_beheerder_arabic(self):
        self.walk_all(INGE, "ar")

    # On a phone (390×844): the navigation at the bottom, the screens scroll.
    def test_resident_arabic_phone(self):
        self.walk_all(SAMIRA, "ar", "390x844")

    def test_beheerder_dutch_phone(self):
        self.walk_all(INGE, "nl", "390x844")


if __name__ == "__main__":
    unittest.main()
