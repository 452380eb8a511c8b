//! What a Windows screen reader asks a window, through UI Automation: the
//! window whose title contains the first argument, its name, and every
//! element under it as "<control type>: <name>", one a line; then the
//! element with the keyboard focus. Used by the Wine test
//! (scripts/windows-test) against the assistant's window; any UI
//! Automation failure is printed with its HRESULT and exits with 1.

#[cfg(windows)]
fn main() {
    let Some(needle) = std::env::args().nth(1) else {
        eprintln!("usage: uia_read TITLE-PART");
        std::process::exit(2);
    };
    if let Err(e) = uia::read(&needle) {
        println!("error: {e}");
        std::process::exit(1);
    }
}

#[cfg(not(windows))]
fn main() {
    eprintln!("uia_read is a Windows program (UI Automation)");
    std::process::exit(2);
}

#[cfg(windows)]
mod uia {
    use windows::Win32::Foundation::{HWND, LPARAM};
    use windows::Win32::System::Com::{
        CLSCTX_INPROC_SERVER, COINIT_MULTITHREADED, CoCreateInstance, CoInitializeEx,
    };
    use windows::Win32::UI::Accessibility::{
        CUIAutomation, IUIAutomation, IUIAutomationElement, TreeScope_Descendants,
    };
    use windows::Win32::UI::WindowsAndMessaging::{EnumWindows, GetWindowTextW};
    use windows::core::BOOL;

    struct Search {
        needle: String,
        found: Option<(HWND, String)>,
    }

    fn title(hwnd: HWND) -> String {
        let mut buffer = [0u16; 512];
        // SAFETY: the buffer outlives the call, which writes within its length.
        let n = unsafe { GetWindowTextW(hwnd, &mut buffer) };
        String::from_utf16_lossy(&buffer[..usize::try_from(n).unwrap_or(0)])
    }

    unsafe extern "system" fn each(hwnd: HWND, lparam: LPARAM) -> BOOL {
        // SAFETY: `lparam` is the `Search` that `find` passed to
        // EnumWindows, alive for the whole enumeration.
        let search = unsafe { &mut *(lparam.0 as *mut Search) };
        let title = title(hwnd);
        if title.contains(&search.needle) {
            search.found = Some((hwnd, title));
            return BOOL(0);
        }
        BOOL(1)
    }

    fn find(needle: &str) -> Option<(HWND, String)> {
        let mut search = Search {
            needle: needle.to_owned(),
            found: None,
        };
        // SAFETY: the callback reads `search` only during this call. Its
        // error is the early stop when found.
        let _ = unsafe { EnumWindows(Some(each), LPARAM(&raw mut search as isize)) };
        search.found
    }

    fn line(element: &IUIAutomationElement) -> String {
        // SAFETY: plain property reads on a live element.
        let (kind, name) =
            unsafe { (element.CurrentLocalizedControlType(), element.CurrentName()) };
        let kind = kind.map_or_else(|e| format!("? ({e})"), |k| k.to_string());
        let name = name.map_or_else(|e| format!("? ({e})"), |n| n.to_string());
        format!("{kind}: {name}")
    }

    /// Prints the window and its elements, as a screen reader reads them.
    pub fn read(needle: &str) -> windows::core::Result<()> {
        let Some((hwnd, title)) = find(needle) else {
            println!("error: no window with '{needle}' in its title");
            std::process::exit(1);
        };
        println!("title: {title}");
        // SAFETY: COM on this thread, then UI Automation's client object;
        // every element is used while `automation` lives.
        unsafe {
            CoInitializeEx(None, COINIT_MULTITHREADED).ok()?;
            let automation: IUIAutomation =
                CoCreateInstance(&CUIAutomation, None, CLSCTX_INPROC_SERVER)?;
            let window = automation.ElementFromHandle(hwnd)?;
            println!("window: {}", line(&window));
            match window.FindAll(TreeScope_Descendants, &automation.CreateTrueCondition()?) {
                Ok(all) => {
                    for i in 0..all.Length()? {
                        println!("{}", line(&all.GetElement(i)?));
                    }
                }
                // Success without an array: nothing under the window.
                Err(e) if e.code().is_ok() => println!("elements: none"),
                Err(e) => return Err(e),
            }
            let focused = automation.GetFocusedElement()?;
            println!("focused: {}", line(&focused));
        }
        Ok(())
    }
}
