//! A provider brings its own route: a shorter, reordered list of screens is
//! walked forward and back in the simulator, and the stepper and the window
//! title follow it. Nothing in the app names these screens in this order.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::Harness;
use mfa_assistant::app::Message;
use mfa_assistant::guide::{Route, Screen};
use mfa_assistant::i18n::Lang;
use mfa_assistant::screen::{code_entry, scan_qr, sign_in};
use mfa_assistant::service::clock::SystemClock;
use mfa_assistant::service::training::{Delays, TrainingProvider};
use mfa_assistant::service::{
    Accepted, Account, ApprovalOutcome, ApprovalRequest, BoxFuture, Code, Enroller, Error,
    PhoneNumber, Profile, PushSetup, Service, SignIn, SmsSent, TotpEnrollment,
};

/// Sign in, install, scan, done: no "more information", no approval, no
/// phone number, and the app installed after signing in.
const SHORT: Route = Route::new(&[
    Screen::Welcome,
    Screen::SignIn,
    Screen::Install,
    Screen::Scan,
    Screen::Finish,
]);

/// The training provider with another route.
struct Rerouted(TrainingProvider);

impl Enroller for Rerouted {
    fn profile(&self) -> Profile {
        Profile {
            route: SHORT,
            ..self.0.profile()
        }
    }
    fn sign_in(&self, request: SignIn) -> BoxFuture<Result<Account, Error>> {
        self.0.sign_in(request)
    }
    fn start_totp(&self) -> BoxFuture<Result<TotpEnrollment, Error>> {
        self.0.start_totp()
    }
    fn verify_totp(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        self.0.verify_totp(code)
    }
    fn prepare_approval(&self) -> BoxFuture<Result<PushSetup, Error>> {
        self.0.prepare_approval()
    }
    fn await_registration(&self) -> BoxFuture<Result<(), Error>> {
        self.0.await_registration()
    }
    fn verify_test_code(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        self.0.verify_test_code(code)
    }
    fn start_approval(&self) -> BoxFuture<Result<ApprovalRequest, Error>> {
        self.0.start_approval()
    }
    fn await_approval(&self, id: u64) -> BoxFuture<Result<ApprovalOutcome, Error>> {
        self.0.await_approval(id)
    }
    fn send_sms(&self, to: PhoneNumber) -> BoxFuture<Result<SmsSent, Error>> {
        self.0.send_sms(to)
    }
    fn verify_sms(&self, code: Code) -> BoxFuture<Result<Accepted, Error>> {
        self.0.verify_sms(code)
    }
    fn cancel(&self) -> BoxFuture<Result<(), Error>> {
        self.0.cancel()
    }
}

fn harness() -> Harness {
    let training = TrainingProvider::with_delays("RPO", Arc::new(SystemClock), Delays::NONE);
    let phone = training.phone();
    let service = Service::new(Arc::new(Rerouted(training)), Duration::from_secs(5))
        .with_practice_phone(phone);
    Harness::with_service(service, Lang::En)
}

/// Where the stepper and the title say the person is.
fn at(h: &mut Harness, screen: Screen, position: usize) {
    assert_eq!(h.app.screen(), screen);
    let title = h.app.title();
    assert!(title.contains(&format!("({position}/5)")), "{title}");
    // One count: the route's, with the paper guide's step only where it
    // differs (and never above five).
    let label = h.text_containing(&format!("Progress: step {position} of 5"));
    let label = label.unwrap_or_else(|| panic!("stepper at {position} of 5 on {screen:?}"));
    let guide = screen
        .guide_steps()
        .filter(|s| *s.start() as usize != position);
    match guide.filter(|s| *s.end() <= 5) {
        Some(steps) => {
            let steps = mfa_assistant::guide::steps_label(&steps);
            assert!(label.ends_with(&format!(" {steps})")), "{label}")
        }
        None => assert!(!label.contains("paper guide"), "{label}"),
    }
    // The stepper names the current screen with its place on this route.
    let name = format!("{position} {}", screen.name(Lang::En));
    assert!(h.shows(&name), "stepper shows {name:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_route_is_walked_forward_and_back() {
    let mut h = harness();
    at(&mut h, Screen::Welcome, 1);
    // Screens that are not on the route are not in the stepper.
    assert!(!h.shows(&Screen::Approve.name(Lang::En)));
    assert!(!h.shows(&Screen::Phone.name(Lang::En)));

    h.send(Message::Next);
    at(&mut h, Screen::SignIn, 2);
    h.send(sign_in::Message::Label("jan@rpo.nl".into()));
    h.send(sign_in::Message::Submit);
    h.settle().await;
    at(&mut h, Screen::Install, 3);
    h.send(Message::Next);
    h.settle().await;
    at(&mut h, Screen::Scan, 4);

    let uri = h.app.scan().uri().expect("QR").to_owned();
    let code = totp_rs::Totp::from_url(&uri)
        .unwrap()
        .generate_current()
        .to_string();
    h.send(scan_qr::Message::Entry(code_entry::Message::Changed(code)));
    h.send(scan_qr::Message::Entry(code_entry::Message::Verify));
    h.settle().await;
    assert!(h.app.scan().verified());
    h.send(Message::Next);
    at(&mut h, Screen::Finish, 5);
    h.send(Message::Next);
    assert_eq!(h.app.screen(), Screen::Finish, "the end of the route");

    // Back walks the same route the other way, keeping what was done.
    for (screen, position) in [
        (Screen::Scan, 4),
        (Screen::Install, 3),
        (Screen::SignIn, 2),
        (Screen::Welcome, 1),
    ] {
        h.send(Message::Back);
        at(&mut h, screen, position);
    }
    h.send(Message::Back);
    assert_eq!(h.app.screen(), Screen::Welcome, "nothing before the first");
    assert!(h.app.scan().verified(), "nothing lost going back");

    // Forward again: signed in already, so Next goes straight on.
    h.send(Message::Next);
    h.send(Message::Next);
    at(&mut h, Screen::Install, 3);
}
