//! A simulated trainee: the training provider driven through the service
//! layer as the screens drive it (sign in, a real TOTP code computed from
//! the enrollment URI, the practice phone's approval and SMS), telling the
//! trainer each step through the real client, and writing down what it
//! did so the test can compare the trainer's room with it.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use mfa_assistant::room::client::{Options, Timing, Trainee};
use mfa_assistant::room::{DisplayName, EventKind, Refusal, RoomCode, Step};
use mfa_assistant::service::clock::{Clock, ManualClock, SystemClock};
use mfa_assistant::service::phone::{Country, parse};
use mfa_assistant::service::training::{Delays, TrainingProvider};
use mfa_assistant::service::{ApprovalRequest, Code, Error, PhoneAnswer, Service, SignIn};
use secrecy::ExposeSecret;
use url::Url;

/// Quick to notice a trainer that is back: a test waits for that.
pub const FAST: Timing = Timing {
    heartbeat: Duration::from_millis(200),
    retry_first: Duration::from_millis(50),
    retry_max: Duration::from_millis(400),
    request_timeout: Duration::from_secs(3),
};

/// What one trainee did, as the trainer should count it.
#[derive(Debug, Default, Clone)]
pub struct Record {
    /// Every event sent, each once.
    pub events: u64,
    /// Refusals per step and reason.
    pub refusals: BTreeMap<(Step, Refusal), u32>,
    pub last_reason: Option<Refusal>,
    pub hand_raised: bool,
    pub step: Option<Step>,
}

impl Record {
    pub fn refusal_count(&self) -> u32 {
        self.refusals.values().sum()
    }
}

/// One trainee at a PC: the assistant's service and its link to the room.
pub struct Sim {
    pub n: usize,
    pub name: String,
    pub service: Service,
    pub clock: Arc<ManualClock>,
    pub trainee: Trainee,
    pub record: Record,
    uri: Option<String>,
    sms_seen: u64,
}

/// The first names the simulated trainees sign in with: some twice.
pub const NAMES: [&str; 8] = [
    "Jan", "Piet", "Anna", "Fatima", "Joris", "Sanne", "Mo", "Eva",
];

impl Sim {
    pub fn new(n: usize, address: &Url, code: &RoomCode) -> Self {
        let clock = Arc::new(ManualClock::at(SystemClock.now()));
        let provider = TrainingProvider::with_delays("RPO", clock.clone(), Delays::NONE);
        let service = Service::practice(provider, Duration::from_secs(5));
        let trainee = Trainee::start(Options {
            address: address.clone(),
            code: code.clone(),
            training: true,
            text_messages: true,
            timing: FAST,
        });
        Self {
            n,
            name: NAMES[n % NAMES.len()].to_owned(),
            service,
            clock,
            trainee,
            // The link tells the route's shape on joining: one event.
            record: Record {
                events: 1,
                ..Record::default()
            },
            uri: None,
            sms_seen: 0,
        }
    }

    /// Writes down what the trainer should count for `kind`.
    fn note(&mut self, kind: &EventKind) {
        match kind {
            EventKind::StepEntered { step } => self.record.step = Some(*step),
            EventKind::Refused { step, reason } => {
                *self.record.refusals.entry((*step, *reason)).or_default() += 1;
                self.record.last_reason = Some(*reason);
            }
            EventKind::Hand { raised } => self.record.hand_raised = *raised,
            _ => {}
        }
        self.record.events += 1;
    }

    fn send(&mut self, kind: EventKind) {
        self.note(&kind);
        self.trainee.send(kind);
    }

    fn enter(&mut self, step: Step) {
        self.send(EventKind::StepEntered { step });
    }

    fn pass(&mut self, step: Step) {
        self.send(EventKind::StepPassed { step });
    }

    /// A refused call, reported as the screen would.
    fn refused(&mut self, step: Step, error: &Error) {
        assert!(self.trainee.report_error(step, error), "{error:?}");
        let reason = Refusal::from_error(error).unwrap();
        self.note(&EventKind::Refused { step, reason });
    }

    /// Welcome to Prepare: signs in under the trainee's first name.
    pub async fn first_half(&mut self) {
        for step in [Step::Welcome, Step::Install] {
            self.enter(step);
            self.pass(step);
        }
        self.enter(Step::SignIn);
        let label = format!("{}@rpo.nl", self.name);
        let account = self.service.sign_in(SignIn::Label(label)).await.unwrap();
        let name = DisplayName::from_label(&account.label).unwrap();
        self.send(EventKind::Named { name });
        self.pass(Step::SignIn);
        for step in [Step::MoreInfo, Step::Prepare] {
            self.enter(step);
            self.pass(step);
        }
    }

    fn code_now(&self) -> Code {
        let totp = totp_rs::Totp::from_url(self.uri.as_deref().unwrap()).unwrap();
        Code::parse(&totp.generate(self.clock.now()).to_string()).unwrap()
    }

    /// A six-digit code that is none of the codes the verifier accepts now.
    fn wrong_code(&self) -> Code {
        let totp = totp_rs::Totp::from_url(self.uri.as_deref().unwrap()).unwrap();
        let now = self.clock.now();
        let near: Vec<String> = [now - 30, now, now + 30]
            .iter()
            .map(|t| totp.generate(*t).to_string())
            .collect();
        let wrong = (0..)
            .map(|i: u32| format!("{:06}", (i * 7919 + 12345) % 1_000_000))
            .find(|c| !near.contains(c))
            .unwrap();
        Code::parse(&wrong).unwrap()
    }

    /// Scan and Approve: wrong codes (a cool-down for some), back to the
    /// scan step for a used code, denied and wrong-number approvals.
    pub async fn scan_and_approve(&mut self) {
        self.enter(Step::Scan);
        let enrollment = self.service.start_totp().await.unwrap();
        self.uri = Some(enrollment.uri.expose_secret().to_owned());
        if self.n % 5 == 3 {
            self.send(EventKind::Hand { raised: true });
        }
        let wrong = if self.n.is_multiple_of(7) {
            5
        } else {
            self.n % 4
        };
        for _ in 0..wrong {
            let error = self
                .service
                .verify_totp(self.wrong_code())
                .await
                .unwrap_err();
            self.refused(Step::Scan, &error);
        }
        if wrong == 5 {
            self.clock.advance(30);
        }
        let code = self.code_now();
        self.service.verify_totp(code.clone()).await.unwrap();
        self.pass(Step::Scan);
        if self.n.is_multiple_of(5) {
            // Back to the scan step, and the same code typed again.
            self.enter(Step::Prepare);
            self.enter(Step::Scan);
            let error = self.service.verify_totp(code).await.unwrap_err();
            assert_eq!(error.refusal(), &Error::CodeReused);
            self.refused(Step::Scan, &error);
            self.clock.advance(30);
            self.service.verify_totp(self.code_now()).await.unwrap();
            self.pass(Step::Scan);
        }
        if self.n % 5 == 3 && self.n.is_multiple_of(2) {
            self.send(EventKind::Hand { raised: false });
        }

        self.enter(Step::Approve);
        // Denied on the phone, or the wrong number picked, first for some.
        match self.n % 3 {
            0 => self.approval(|_| PhoneAnswer::Deny).await,
            2 => {
                self.approval(|r| {
                    let wrong = if r.number == "10" { "11" } else { "10" };
                    PhoneAnswer::Approve(wrong.to_owned())
                })
                .await
            }
            _ => {}
        }
        self.approval(|r| PhoneAnswer::Approve(r.number.clone()))
            .await;
    }

    /// One test sign-in answered on the practice phone as `answer` says.
    async fn approval(&mut self, answer: impl Fn(&ApprovalRequest) -> PhoneAnswer) {
        let request = self.service.start_approval().await.unwrap();
        let phone = self.service.training_phone().unwrap();
        phone.answer(request.id, answer(&request)).unwrap();
        let outcome = self.service.await_approval(request.id).await.unwrap();
        self.trainee.report_approval(outcome);
        let step = Step::Approve;
        self.note(&match Refusal::from_outcome(outcome) {
            Some(reason) => EventKind::Refused { step, reason },
            None => EventKind::StepPassed { step },
        });
    }

    /// Phone, SMS (a resend too soon and a wrong code for some), Finish.
    pub async fn phone_and_sms(&mut self) {
        self.enter(Step::Phone);
        let number = parse(Country::NETHERLANDS, "06-12345678").unwrap();
        self.service.send_sms(number.clone()).await.unwrap();
        self.pass(Step::Phone);
        self.enter(Step::Sms);
        if self.n % 4 == 2 {
            let error = self.service.send_sms(number).await.unwrap_err();
            self.refused(Step::Sms, &error);
        }
        let phone = self.service.training_phone().unwrap();
        let sms = phone.receive_sms(self.sms_seen).await.unwrap();
        self.sms_seen = sms.sequence;
        if self.n % 6 == 1 {
            let typed = if sms.code.as_str() == "000000" {
                "111111"
            } else {
                "000000"
            };
            let error = self
                .service
                .verify_sms(Code::parse(typed).unwrap())
                .await
                .unwrap_err();
            self.refused(Step::Sms, &error);
        }
        let code = Code::parse(&sms.code).unwrap();
        self.service.verify_sms(code).await.unwrap();
        self.pass(Step::Sms);
        self.enter(Step::Finish);
    }
}
