"""What a screen reader reads: the assistant's window on the AT-SPI bus,
printed as JSON (one object per node, children nested). Run with Debian's
/usr/bin/python3 (python3-pyatspi), in the assistant's D-Bus session.

    read_tree.py APP_NAME            the tree of the app's first window
    read_tree.py APP_NAME --events   also the announcements and focus
                                     events seen for SECONDS (argv[3]),
                                     or until an announcement that
                                     contains UNTIL (argv[4]) is heard
"""

import json
import sys

import pyatspi


def states(acc):
    s = acc.getState()
    names = {
        "focused": pyatspi.STATE_FOCUSED,
        "focusable": pyatspi.STATE_FOCUSABLE,
        "enabled": pyatspi.STATE_ENABLED,
        "showing": pyatspi.STATE_SHOWING,
    }
    return sorted(k for k, v in names.items() if s.contains(v))


def text_of(acc):
    try:
        t = acc.queryText()
    except NotImplementedError:
        return None
    return t.getText(0, -1)


def extents(acc):
    try:
        c = acc.queryComponent()
    except NotImplementedError:
        return None
    e = c.getExtents(pyatspi.WINDOW_COORDS)
    return [e.x, e.y, e.width, e.height]


def node(acc, depth=0):
    out = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "states": states(acc),
        "id": acc.accessibleId if hasattr(acc, "accessibleId") else "",
        "bounds": extents(acc),
    }
    text = text_of(acc)
    if text is not None:
        out["text"] = text
    if depth < 8:
        out["children"] = [node(c, depth + 1) for c in acc if c is not None]
    return out


def app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for a in desktop:
        if a is not None and a.name == name and a.childCount > 0:
            return a
    return None


def main():
    name = sys.argv[1]
    a = app(name)
    if a is None:
        print(json.dumps(None))
        return
    if len(sys.argv) > 2 and sys.argv[2] == "--events":
        from gi.repository import GLib

        seen = []

        until = sys.argv[4] if len(sys.argv) > 4 else None

        def on_event(event):
            source = event.source
            detail = str(event.any_data) if event.any_data else ""
            seen.append(
                {
                    "type": event.type,
                    "name": (source.name or "") if source else "",
                    "role": source.getRoleName() if source else "",
                    "detail": detail,
                }
            )
            said = detail + " " + ((source.name or "") if source else "")
            if until and event.type == "object:announcement" and until in said:
                pyatspi.Registry.stop()

        for kind in ("object:announcement", "object:state-changed:focused",
                     "object:property-change:accessible-name"):
            pyatspi.Registry.registerEventListener(on_event, kind)
        seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
        # Tells the test the listener is registered; it then acts.
        print("listening", flush=True)
        GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
        pyatspi.Registry.start()
        print(json.dumps(seen))
        return
    print(json.dumps(node(a[0])))


main()
