"""An AT-SPI client as a screen reader is one: it reads an application's accessible objects over
the accessibility bus (D-Bus, at-spi2-core), presses its controls through the Action interface,
sends keys through the registry's device event controller (XTest) and follows the focus from the
events the application sends. Built on python3-dbus alone, without libatspi's cache, so that what
it reads is what the application answers at that moment.

Used by test_atspi_walk.py; runs inside a D-Bus session with a display (./dev test's session)."""

import subprocess
import time

import dbus
import dbus.mainloop.glib
from gi.repository import GLib

A = "org.a11y.atspi.Accessible"
COMPONENT = "org.a11y.atspi.Component"
ACTION = "org.a11y.atspi.Action"
PROPS = "org.freedesktop.DBus.Properties"

# AtspiStateType: the bit of each state in GetState's two 32-bit words.
STATES = ["invalid", "active", "armed", "busy", "checked", "collapsed", "defunct", "editable",
          "enabled", "expandable", "expanded", "focusable", "focused", "has-tooltip",
          "horizontal", "iconified", "modal", "multi-line", "multiselectable", "opaque",
          "pressed", "resizable", "selectable", "selected", "sensitive", "showing",
          "single-line", "stale", "transient", "vertical", "visible", "manages-descendants",
          "indeterminate", "required", "truncated", "animated", "invalid-entry",
          "supports-autocompletion", "selectable-text", "is-default", "visited", "checkable",
          "has-popup", "read-only"]
# AtspiRole numbers of the roles these tests look at.
ROLES = {2: "alert", 7: "check box", 11: "combo box", 16: "dialog", 23: "frame", 27: "image",
         29: "label", 31: "list", 32: "list item", 33: "menu", 35: "menu item", 37: "page tab",
         38: "page tab list", 39: "panel", 40: "password text", 41: "popup menu",
         42: "progress bar",
         43: "push button", 44: "radio button", 48: "scroll bar", 51: "slider",
         52: "spin button", 61: "text", 62: "toggle button", 75: "application", 79: "entry",
         55: "table", 80: "chart", 83: "heading", 88: "link", 99: "grouping", 101: "notification"}
KEY_SYM = 3  # ATSPI_KEY_SYM: press and release the key with this keysym
XK = {"Tab": 0xFF09, "Return": 0xFF0D, "Escape": 0xFF1B, "space": 0x20}
COORDS_SCREEN = 0
COORDS_WINDOW = 1


def start_bus():
    """Starts the accessibility bus of this session (at-spi-bus-launcher) and returns the
    launcher's process; applications started after it register on that bus."""
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 10
    while time.time() < deadline:
        if bus_address():
            return launcher
        time.sleep(0.1)
    launcher.kill()
    raise AssertionError("the accessibility bus did not start (at-spi2-core installed?)")


def bus_address():
    try:
        return str(dbus.SessionBus().get_object("org.a11y.Bus", "/org/a11y/bus").GetAddress(
            dbus_interface="org.a11y.Bus"))
    except dbus.DBusException:
        return ""


class Node:
    """One accessible object; every property is read from the application when asked (states,
    names, children and even interfaces change as screens change: Qt gives an object a
    Component only while it has a size)."""

    def __init__(self, client, bus_name, path):
        self.client = client
        self.bus_name = str(bus_name)
        self.path = str(path)
        self._obj = client.bus.get_object(self.bus_name, self.path, introspect=False)

    def __eq__(self, other):
        return isinstance(other, Node) and (self.bus_name, self.path) == (other.bus_name,
                                                                           other.path)

    def __hash__(self):
        return hash((self.bus_name, self.path))

    @property
    def name(self):
        return str(self._obj.Get(A, "Name", dbus_interface=PROPS))

    @property
    def role(self):
        """The role as AT-SPI numbers it (what Orca reads), by its standard name. Qt's own
        role names (GetRoleName) differ for some ("spin box", "alert message")."""
        number = int(self._obj.GetRole(dbus_interface=A))
        return ROLES.get(number, f"role {number}")

    @property
    def interfaces(self):
        return [str(i) for i in self._obj.GetInterfaces(dbus_interface=A)]

    @property
    def states(self):
        words = self._obj.GetState(dbus_interface=A)
        bits = int(words[0]) | (int(words[1]) << 32)
        return {s for i, s in enumerate(STATES) if bits & (1 << i)}

    @property
    def showing(self):
        return "showing" in self.states

    @property
    def children(self):
        return [Node(self.client, b, p) for b, p in self._obj.GetChildren(dbus_interface=A)]

    def extents(self, screen=False):
        """(x, y, width, height) in window (or @p screen) coordinates, or None without a
        Component."""
        if COMPONENT not in self.interfaces:
            return None
        coords = COORDS_SCREEN if screen else COORDS_WINDOW
        return tuple(int(v) for v in self._obj.GetExtents(dbus.UInt32(coords),
                                                          dbus_interface=COMPONENT))

    def actions(self):
        if ACTION not in self.interfaces:
            return []
        return [str(a[0]) for a in self._obj.GetActions(dbus_interface=ACTION)]

    def do(self, action):
        """Does the action named @p action (Press, Toggle, SetFocus, ...)."""
        names = [a.lower() for a in self.actions()]
        if action.lower() not in names:
            raise AssertionError(f"{self.describe()} has no action {action!r}: {names}")
        self._obj.DoAction(names.index(action.lower()), dbus_interface=ACTION)

    def activate(self):
        """What a screen reader user does to use a control: move the focus to it (Orca follows
        it) and press Space. (Qt 6.4's Press action does nothing on Qt Quick Controls buttons
        here, and a tab has none.)"""
        self.do("setfocus")
        # The key goes where the focus is: wait until it is here (a busy machine may take a
        # moment), or the key would press the control that had the focus. Read live: the last
        # focus event may be older than a key still on its way.
        self.client.wait_for(lambda: "focused" in self.states, timeout=10,
                             what=f"the focus on {self.describe()}")
        self.client.key("space")

    def walk(self, showing_only=True):
        """This object and its descendants, depth first in the order the application gives
        (the reading order a screen reader follows); hidden subtrees are left out."""
        out = []

        def visit(n, depth):
            if depth > 60:
                return
            try:
                if showing_only and n is not self and not n.showing:
                    return
                out.append(n)
                for c in n.children:
                    visit(c, depth + 1)
            except dbus.DBusException:
                pass  # gone while we read (a page changing)
        visit(self, 0)
        return out

    def describe(self):
        try:
            return f"{self.role} {self.name!r}"
        except dbus.DBusException:
            return f"(gone: {self.path})"


class Client:
    def __init__(self):
        dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
        self.bus = dbus.bus.BusConnection(bus_address())
        self.focused = None
        self.events = []
        self.trace = False
        self.bus.add_signal_receiver(self._on_state, signal_name="StateChanged",
                                     dbus_interface="org.a11y.atspi.Event.Object",
                                     sender_keyword="sender", path_keyword="path")
        # A client that listens tells the registry so (as Orca does), so that applications
        # send their events.
        for event in ("object:state-changed:focused", "object:state-changed:showing",
                      "object:property-change:accessible-name"):
            self._register(event)

    def _register(self, event):
        """RegisterEvent, asked again when the registry went away while it was being started
        (seen once in a fresh CI: "NoReply: Message recipient disconnected from message bus
        without replying" on the first call); the bus starts it anew on the next one."""
        for attempt in range(3):
            registry = self.bus.get_object("org.a11y.atspi.Registry",
                                           "/org/a11y/atspi/registry", introspect=False)
            try:
                registry.RegisterEvent(event, dbus_interface="org.a11y.atspi.Registry")
                return
            except dbus.DBusException as e:
                if attempt == 2 or e.get_dbus_name() not in (
                        "org.freedesktop.DBus.Error.NoReply",
                        "org.freedesktop.DBus.Error.ServiceUnknown"):
                    raise
                time.sleep(1)

    def _on_state(self, kind, detail1, detail2, value, props=None, sender=None, path=None):
        if self.trace:
            print("event", str(kind), int(detail1), path)
        self.events.append((str(kind), int(detail1), sender, path))
        if str(kind) == "focused" and int(detail1) == 1:
            self.focused = Node(self, sender, path)

    def pump(self, seconds=0.0):
        """Handles the events that came, waiting up to @p seconds for more."""
        ctx = GLib.MainContext.default()
        end = time.time() + seconds
        while True:
            while ctx.pending():
                ctx.iteration(False)
            if time.time() >= end:
                return
            time.sleep(0.01)

    def application(self, name, timeout=30):
        """The application named @p name once it is on the bus."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            root = Node(self, "org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")
            for app in root.children:
                try:
                    if app.name == name:
                        return app
                except dbus.DBusException:
                    pass
            time.sleep(0.2)
        raise AssertionError(f"{name} did not appear on the accessibility bus")

    def key(self, keysym_name, wait=0.15):
        dec = self.bus.get_object("org.a11y.atspi.Registry",
                                  "/org/a11y/atspi/registry/deviceeventcontroller",
                                  introspect=False)
        dec.GenerateKeyboardEvent(XK[keysym_name], "", dbus.UInt32(KEY_SYM),
                                  dbus_interface="org.a11y.atspi.DeviceEventController")
        self.pump(wait)

    def move_pointer(self, x, y):
        """Moves the mouse pointer to (x, y) on the screen, without a click. On a display without
        a window manager the keyboard goes to the window under the pointer."""
        dec = self.bus.get_object("org.a11y.atspi.Registry",
                                  "/org/a11y/atspi/registry/deviceeventcontroller",
                                  introspect=False)
        dec.GenerateMouseEvent(dbus.Int32(x), dbus.Int32(y), "abs",
                               dbus_interface="org.a11y.atspi.DeviceEventController")
        self.pump(0.1)

    def wait_for(self, find, timeout=15, what="something"):
        """Polls @p find() until it returns something (handling events meanwhile)."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.pump(0.1)
            try:
                got = find()
            except dbus.DBusException:
                got = None
            if got:
                return got
        raise AssertionError(f"timed out waiting for {what}")
