# Text in [brackets] is a label the person sees on their phone or in the
# browser; it is drawn as a highlighted chip and must match the app exactly.

## Window and navigation
app-title = Two-step verification assistant
window-title = { $step } ({ $current }/{ $total }) – Two-step verification assistant
training-badge = Training: nothing real is set up
nav-back = Back
nav-next = Next
appearance-light = Light
appearance-dark = Dark
appearance-high-contrast = High contrast
text-size = Text { $percent }%
text-smaller = A−
text-larger = A+
language-label = Language
lang-nl = Nederlands
lang-en = English
stepper-label = Progress: step { $current } of { $total }
stepper-paper-guide = (in the paper guide: { $count ->
    [one] step
   *[other] steps
} { $steps })
busy-cancel = Cancel
busy-cancelled = Cancelled. Nothing was changed; you can try again.

## Stepper
step-welcome = Welcome
step-install = Install
step-sign-in = Sign in
step-more-info = Get started
step-prepare = Account
step-scan = Scan
step-approve = Approve
step-phone = Phone
step-sms = Text code
step-finish = Done

## Welcome
welcome-title = Set up two-step verification
welcome-intro-microsoft365 = This assistant guides you through Microsoft's own pages, step by step, and checks with Microsoft what you have registered. Keep your phone at hand; it takes about ten minutes.
welcome-intro = This assistant takes you through each step of the guide and checks that every step really works. Keep your phone at hand; it takes about ten minutes.
welcome-phone-question = Which phone do you have?
phone-android = Android
phone-iphone = iPhone
welcome-training-note = Training mode: you use your real phone and a real authenticator app, but no real account is changed.
welcome-start = Start

## Install the app (guide steps 1–2)
install-title = Install { $app }
install-android-1 = Open [Play Store] on your phone.
install-android-2 = Search at the top for "{ $app }" and tap [Install].
install-iphone-1 = Open the [App Store] on your iPhone.
install-iphone-2 = Search for "{ $app }" and tap [Get].
install-3 = Check that the app is installed: its icon appears on your phone.
install-qr-caption = Or scan this code with your phone's camera to open the store page at once.
install-done = I have installed it

## Sign in (guide step 3)
sign-in-title = Sign in
sign-in-work-note = At work you do this on the page https://aka.ms/mfasetup with your Microsoft 365 account, the one you use for e-mail.
sign-in-training-note = In this training you only give your name or e-mail address. It becomes the account name in the app.
sign-in-label = Your name or e-mail address
sign-in-placeholder = for example jan.jansen@example.nl
sign-in-submit = Sign in
sign-in-busy = Signing in…
sign-in-done = Signed in as { $account }.
sign-in-server-note = Sign in with your own username and password for { $organisation }. They go only to your organisation's server and are not stored.
sign-in-username = Username
sign-in-username-placeholder = for example jjansen
sign-in-password = Password

## More information required (guide steps 4–5)
more-info-title = More information required
more-info-1 = After you sign in, the page says [More information required]. Choose [Next].
more-info-2 = The page asks you to download { $app }. Not installed yet? Go back to the install step first.
more-info-3 = Installed? Choose [Next].
more-info-back-to-install = Back to installing the app

## Add an account in the app (guide step 6)
prepare-title = Add an account in the app
prepare-1 = Open { $app } on your phone.
prepare-2 = Allow notifications when the app asks. You need them to approve sign-ins.
prepare-3 = Tap [+] to add an account.
prepare-4-work = Choose [Work or school].
prepare-4-other = Choose [Other account (Google, Facebook, etc.)]. At work you choose [Work or school]; this training uses a standard account.
prepare-5 = The app opens its camera to scan a code. Then choose [Next] here.
prepare-empty-list = No accounts yet.
label-plus = +

## Scan the QR code (guide step 7)
scan-title = Scan the QR code
scan-1 = In the app, choose [Scan QR code].
scan-1-plus = In the app, tap [+]. The camera opens.
scan-2 = Point your phone's camera at the code on this screen.
scan-3 = The app now shows { $issuer } with a six-digit code. Type that code here and choose [Verify].
scan-qr-label = QR code for { $account }
scan-cant = Can't scan?
scan-hide-key = Hide the key
scan-key-explain = In the app, choose to enter a code manually. Account name: { $account }. Key:
scan-copy = Copy key
scan-copied = Key copied.
scan-code-label = Code from the app
scan-code-placeholder = 123 456
scan-app-now = Your app now shows
scan-verify = Verify
scan-busy = Checking the code…
scan-verified = The code is correct: the app is connected to your account.
scan-loading = Creating your QR code…

## Approve a test sign-in (guide steps 8–10)
approve-title = Approve a test sign-in
approve-1 = Choose [Send test]. The request shows in the app on your phone; if it does not appear, open the app and pull down to refresh.
approve-1-training = Choose [Send test]. In training, the notification arrives on the practice phone on the right.
approve-2 = On the phone, choose what is shown here and tap [Approve].
approve-2-type = On the phone, type the number shown here and tap [Yes].
approve-2-plain = On the phone, tap [Approve].
approve-send = Send test
approve-sending = Sending the test…
approve-number-label = Choose this on your phone
approve-number-type-label = Type this number on your phone
approve-preparing = Getting your phone ready for a test sign-in…
approve-push-1 = Open [{ $app }] on your phone.
approve-push-2 = Tap [+] and scan the QR code on the right. The app registers itself with your organisation's server.
approve-push-3 = This screen goes on by itself once the phone is registered.
approve-push-waiting = Waiting for the phone to register…
approve-push-qr-label = QR code for privacyIDEA Authenticator
approve-retry = Try again
approve-code-instead = Your organisation's server does not send test sign-ins to the app here. Test with a code from the app instead.
approve-code-step = Type the six-digit code the app shows now for { $account } and choose [Verify].
approve-code-ok = The code is right: signing in with the app works.
approve-waiting = Waiting for your answer on the phone…
approve-type-hint = With the keyboard: type the number, it goes into the practice phone; then press Enter for [Yes].
approve-approved = Approved. Setting up { $app } is complete. Choose [Done].
approve-denied = You answered no on the phone, so the sign-in was refused. Send a new test.
approve-wrong-number = That was not the number shown here, so the sign-in was refused. Send a new test.
approve-timed-out = No answer from the phone in time. Send a new test.
approve-done = Done

## The practice phone
phone-caption = Practice phone
phone-notification-title = Approve sign-in?
phone-notification-body = { $account }
phone-notification-hint = Choose what your computer shows.
phone-type-hint = Enter the number shown to sign in.
phone-approve = Approve
phone-deny = Deny
phone-ms-yes = Yes
phone-ms-no = No, it's not me
phone-idle = No notifications
phone-sms-sender = { $issuer }
phone-sms-text = Use verification code { $code } for { $issuer }.
phone-answered = Answer sent

## Phone number (guide step 11)
phone-title = Add a phone number
phone-1 = If the app ever fails, you can sign in with a code by text message.
phone-2 = At [Select a country or region], choose where your phone number is from, then type the number.
phone-3 = At [Method], choose [Text me a code], then [Next].
phone-country-label = Select a country or region
phone-number-label = Phone number
phone-number-placeholder = 06 12345678
phone-method-label = Method
phone-method-sms = Text me a code
phone-will-send = The code goes to { $number }.
phone-send = Next
phone-sending = Sending the code…
phone-error-empty = Type your mobile phone number.
phone-error-not-a-number = A phone number has only digits, spaces, dashes and an optional + at the start.
phone-error-invalid = This is not a valid phone number for { $country }. Check the digits.
phone-error-other-country = This number has country code +{ $code }, not +{ $chosen } for { $country }. Choose the right country or check the number.
phone-error-landline = This is not a mobile number (a landline, or a service number such as 0800). A text message needs a mobile number.

## Text message code (guide steps 12–13)
sms-title = Enter the code from the text message
sms-1 = A text message with a six-digit code has been sent to { $number }.
sms-2 = Type the code and choose [Verify].
sms-code-label = Code from the text message
sms-code-placeholder = 123 456
sms-verify = Verify
sms-busy = Checking the code…
sms-resend = Send a new code
sms-resend-wait = New code possible in { $seconds } s
sms-resent = A new code has been sent.
sms-verified = Verification complete. Choose [Done].
sms-done = Done

## Finish
finish-title = Two-step verification is set up
finish-summary = What is set up:
finish-summary-app = { $app } on your phone, for { $account }.
finish-summary-phone = Text messages to { $number } as a fallback.
finish-next-time = Next time you sign in, approve the sign-in on your phone, just like the test.
finish-next-time-code = Next time you sign in, type the code the app shows, just like the test.
finish-see-also = See also:
finish-read-more = the security page of { $organisation }.
finish-open-help = Open the security page
finish-restart = Start again for the next person
finish-training-note = This was training: no real account was changed.
finish-link-failed = The browser could not be opened. The address is { $url }

## Errors
error-code-empty = Type the code the app shows.
error-code-not-digits = A code has only digits. Spaces are fine.
error-code-length = A code has 6 digits (8 for some accounts); you typed { $count }.
error-wrong-code = { $left ->
    [one] That code is not correct. Check the code and try again. One attempt left before a short wait.
   *[other] That code is not correct. Check the code and try again. { $left } attempts left.
}
error-attempts-left = { $left ->
    [one] One attempt left before a short wait.
   *[other] { $left } attempts left.
}
error-code-reused = This code has been used already. Wait for the app to show a new code; it changes every 30 seconds.
error-code-expired = This code has expired. Request a new code.
error-cool-down = Too many wrong codes. Try again in { $seconds } seconds.
error-resend-too-soon = You can request a new code in { $seconds } seconds.
error-out-of-order = This needs an earlier step first. Go back and finish that step.
error-invalid-account = Use your name or e-mail address, without a colon, at most 64 characters.
error-timeout = The server did not answer in time. Check your connection and try again.
error-unreachable = The server cannot be reached. Check your connection and try again.
error-server = The server refused this. Try again; if it keeps happening, tell your IT department.
details-for-it = Details for IT: { $detail }
closing-busy = Closing: removing what was left unfinished on the server…
error-code-rejected = The server did not accept this code. Check that you typed the code the app shows now, and try again.
error-sign-in-incomplete = Type both your username and your password.
error-name-empty = Type your name or e-mail address.
error-wrong-password = The username or password is not correct. Check both and try again.
error-unknown-realm = The server does not know the organisation "{ $realm }". Ask your IT department which one to use.
error-account-locked = This account is blocked from signing in here. Your IT department can unblock it.
error-session-expired = Your sign-in at the server has expired. Sign in again with your password; you then go on where you were.
error-not-allowed = The server does not allow this for your account. Ask your IT department.
error-bad-answer = The server's answer could not be used; nothing was changed. Try again; if it keeps happening, tell your IT department.
error-ca-file = The organisation's certificate file { $path } cannot be used. Ask your IT department.
error-server-fault = The server had a problem (HTTP { $status }). Nothing was changed; try again in a moment.
error-untrusted = The server's security certificate is not trusted on this computer. Ask your IT department; they may need to set the organisation's certificate (ca_file).
error-insecure = The server address must start with https:// (only a server on this computer may use http://).
provider-unusable = privacyIDEA cannot be used: { $reason } Until that is put right, the assistant runs in training mode: nothing real is set up.
provider-missing-server = no server is set (--server, or server in the privacyidea part of the settings file).
provider-bad-server = "{ $server }" is not a server address (for example https://mfa.example.org).
provider-missing-realm = no realm is set (--realm, or realm in the privacyidea part of the settings file).


## The phone's clock settings (diagnosis: phone clock off)
picture-clock-path-android = Settings › Date & time
picture-clock-title-android = Date & time
label-clock-automatic-android = Set time automatically
picture-clock-zone-android = Set time zone automatically
picture-clock-path-iphone = Settings › General
picture-clock-title-iphone = Date & Time
label-clock-automatic-iphone = Set Automatically
picture-clock-zone-iphone = Time Zone

## Countries and regions
country-NL = Netherlands
country-AW = Aruba
country-AU = Australia
country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-CA = Canada
country-CW = Curaçao
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GR = Greece
country-HU = Hungary
country-IE = Ireland
country-IN = India
country-ID = Indonesia
country-IT = Italy
country-LU = Luxembourg
country-MA = Morocco
country-NO = Norway
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SE = Sweden
country-CH = Switzerland
country-SR = Suriname
country-TR = Turkey
country-US = United States

## Labels drawn inside the illustrations
store-android = Google Play
store-iphone = App Store
label-store-install-android = Install
label-store-install-iphone = Get
picture-code-seconds = { $seconds } s left
label-scan-qr = Scan QR code
picture-camera-hint = Point the camera at the code on your computer.
label-work-or-school = Work or school
label-other-account = Other account (Google, Facebook, etc.)
label-add-account = Add account

## Product names (not translated, but kept here with every other visible string)
authenticator-name = Microsoft Authenticator

## microsoft365 (service: sign-in, Graph, settings; the screens add their own)
m365-error-consent-missing = IT has not yet approved this assistant in Microsoft 365, so it cannot check what you register. Follow the steps anyway: they work the same. At the end it will say "not checked".
m365-error-unknown-tenant = Microsoft does not know the organisation set for this assistant (tenant). Ask your IT department to check the settings.
m365-error-app-not-registered = This assistant is not registered in your organisation's Microsoft 365 (client id). Ask your IT department to check the settings.
m365-error-wrong-account = You signed in with an account of another organisation. Sign in again with your work account.
m365-error-cancelled = Signing in was cancelled in the browser. Nothing was changed; you can sign in again.
m365-error-no-browser = No web browser could be opened. Open a browser yourself, or ask your IT department.
m365-error-sign-in-timed-out = Signing in took too long and has been stopped. Sign in again.
m365-error-no-loopback = The assistant cannot receive the answer from the browser on this computer ({ $detail }). Ask your IT department.
m365-error-forbidden = Microsoft does not let this assistant read your sign-in methods. Follow the steps anyway; tell your IT department that reading authentication methods is not allowed.
m365-error-throttled = Microsoft asks the assistant to wait a moment. It checks again in { $seconds } seconds.
m365-error-blocked-by-policy = Your organisation's access rules (Conditional Access) do not let this assistant sign you in, so it cannot check what you register. Follow the steps anyway: they work the same. Tell your IT department: AADSTS{ $code }.
m365-error-refused = Microsoft refused the sign-in. Tell your IT department: { $error } (AADSTS{ $code }).
m365-session-expired = Your sign-in with Microsoft has expired. Sign in again; you then go on where you were.
m365-unusable = Microsoft 365 cannot be used: { $reason } Until that is put right, the assistant runs in training mode: nothing is checked.
m365-settings-missing-tenant = no tenant is set (tenant in the microsoft365 part of the settings file).
m365-settings-bad-tenant = "{ $tenant }" is not a tenant (a tenant id or a domain such as contoso.com).
m365-settings-missing-client-id = no app registration is set (client_id in the microsoft365 part of the settings file).
m365-settings-bad-url = "{ $value }" is not a web address (for { $key } in the microsoft365 part of the settings file).
m365-loopback-done-heading = You are signed in
m365-loopback-done = You can close this tab and go back to the assistant.
m365-loopback-failed-heading = Signing in did not work
m365-loopback-failed = You can close this tab. The assistant tells you what to do next.
m365-loopback-stale-heading = This page is from an earlier sign-in
m365-loopback-stale = You can close this tab. If you want to sign in, start again from the assistant.

## IT settings and the organisation's look (packaging, issue 14)
# The organisation in a sentence when IT named none (no default name belongs to anybody).
organisation-yours = your organisation
it-set-by-it = Set by IT
it-set-by-it-address = Set by IT: { $address }
it-locked-ignored = { $setting } is set by IT on this computer; the value from { $source } is not used.
it-lock-unknown = IT's settings file { $file } locks "{ $name }" (line { $line }), which is not a setting of this version. The rest of the file is used.
config-error-left-out = The settings file { $file } could not be read (line { $line }): { $detail }. The assistant goes on without it.
config-phone-optional-true = The setting phone_optional = true (microsoft365) is older: it still counts (the phone number is offered, not required). The newer setting is methods; with "authenticator" alone in it the phone is left out.
config-phone-optional-false = The setting phone_optional (microsoft365) is older and changes nothing here. The newer setting is methods: what the assistant sets up, any of "authenticator", "passkey" and "phone".
config-phone-optional-unused = The setting phone_optional (microsoft365) is not used: methods says what the assistant sets up.
brand-accent-refused = The colour { $colour } in { $file } (line { $line }) is not used: white text on it reaches a contrast of only { $ratio }:1, and at least 4.5:1 is needed to read it easily. The assistant keeps its own colour.
brand-logo-unreadable = The logo { $file } cannot be shown: { $reason }. The assistant runs without it.
brand-logo-missing = the file does not exist
brand-logo-not-allowed = the assistant may not read it
brand-logo-read-failed = reading it failed
brand-logo-too-large = it is too large (at most 4 MB, and 8192 pixels wide and high)
brand-logo-not-an-image = it is not a PNG or SVG image
brand-logo-damaged = the image is damaged

## diagnosis: why a code was refused (src/service/diagnosis)
diagnosis-amount = { $unit ->
    [hours] { $count ->
        [one] 1 hour
        [24] a whole day
       *[other] { $count } hours
    }
   *[minutes] { $count ->
        [one] about 1 minute
       *[other] about { $count } minutes
    }
}
diagnosis-clock = { $way ->
    [ahead] { $certain ->
        [yes] Your phone's clock is { $amount } ahead: this code belongs to a later time.
       *[no] It looks like your phone's clock is { $amount } ahead: this code belongs to a later time.
    }
   *[behind] { $certain ->
        [yes] Your phone's clock is { $amount } behind: this code belongs to an earlier time.
       *[no] It looks like your phone's clock is { $amount } behind: this code belongs to an earlier time.
    }
} Set the phone's date and time to automatic, then type the code the app shows.
diagnosis-clock-accepted = { $way ->
    [ahead] Accepted, but your phone's clock is { $amount } ahead.
   *[behind] Accepted, but your phone's clock is { $amount } behind.
} Set the phone's date and time to automatic before it drifts further: a little more and its codes will be refused.
diagnosis-pc-clock = { $way ->
    [ahead] This computer's clock is { $amount } ahead of the server's too.
   *[behind] This computer's clock is { $amount } behind the server's too.
} Do not set the phone by this computer's clock.
diagnosis-clock-fix-android = On Android: Settings → Date and time (on some phones under System or General management) → turn on "Set time automatically" (or "Automatic date and time").
diagnosis-clock-fix-iphone = On iPhone: Settings → General → Date & Time → turn on "Set Automatically".
diagnosis-code-used = { $seconds ->
    [0] This code was used already; each code counts once. Type the new code the app shows now.
    [one] This code was used a moment ago; each code counts once. Wait for the next code: the app shows it in 1 second.
   *[other] This code was used a moment ago; each code counts once. Wait for the next code: the app shows it in { $seconds } seconds.
}
diagnosis-earlier-qr = This code belongs to the account from an earlier QR code. Your app still has that account: remove it from the app, and type the code of the account you scanned last.
diagnosis-older-account = These codes do not fit this account. Perhaps your app has an older account with the same name, from an earlier attempt (yesterday, say). If the app shows two accounts with this name, remove the older one and type the code of the newest; if you are not sure, remove both and scan this QR code again.
diagnosis-ignored-settings = Your authenticator app did not follow the QR code.
diagnosis-ignored-algorithm = The QR code asks for { $algorithm }; the app uses SHA1.
diagnosis-ignored-digits = The QR code asks for codes of { $digits } digits; the app shows 6.
diagnosis-ignored-period = The QR code asks for a new code every { $seconds } seconds; the app changes it every 30 seconds.
diagnosis-ignored-advice = Codes from this app will not work for this account. Use an authenticator app that follows the QR code (such as privacyIDEA Authenticator or FreeOTP), or ask IT to give these tokens SHA1, 6 digits and 30 seconds.
diagnosis-typo = { $kind ->
    [swapped] Two digits next to each other seem to be swapped.
   *[digit] One digit seems to be mistyped.
} Compare the code with the app once more, digit by digit.
diagnosis-wrong-length = This code has { $typed } digits, but codes for this account have { $expected }. Type the whole code the app shows.
diagnosis-sms-earlier = This code is from an earlier text message. Use the code from the newest text.
diagnosis-sms-expired = This code has expired: a code from a text message is valid for { $minutes } minutes. Request a new code.

## trainer (src/room/: the training room, the dashboard, the trainee's link)
room-refusal-wrong-code = Wrong code
room-refusal-clock-off = Phone's clock is off
room-refusal-used-already = Code used already
room-refusal-expired = Code expired
room-refusal-cool-down = Too many tries, waiting
room-refusal-sms-resend = New text asked for too soon
room-refusal-approval-denied = Sign-in denied on the phone
room-refusal-wrong-number = Wrong number picked
room-refusal-approval-timed-out = Sign-in not answered in time
room-refusal-other = Refused
room-stuck-offline = Offline for { $minutes } min
room-stuck-refusals = Refused { $count } times in a row
room-stuck-slow = { $time } on this step (the room: under { $limit })
room-link-joining = Joining the training room…
room-link-joined = In the training room
room-link-unreachable = The trainer can't be reached. Carry on: your steps are kept and sent later.
room-link-wrong-code = The room code is not right. Ask the trainer for the code.
room-hand-raise = Raise hand
room-hand-lower = Lower hand
room-dashboard-title = Training room
room-join-address = Join at { $address }
room-join-code = Room code { $code }
room-unnamed = Trainee { $number }
room-column-name = Name
room-column-step = Step
room-column-time = Time on step
room-column-refusals = Refusals
room-column-hand = Hand
room-column-status = Status
room-online = Online
room-offline-since = Offline since { $time }
room-reset = Reset for the next person
room-reset-all = Reset all
room-reset-pending = Reset sent…
room-reset-declined = Not a training PC: not reset
room-chart-title = Time per step (median and slowest) and refusals
room-chart-median = Median
room-chart-slowest = Slowest
room-export-csv = Export as CSV
room-join-title = Join a training room
room-join-field-address = Trainer's address
room-join-field-code = Room code
room-join-invalid-address = Type the address the trainer shows, like http://192.168.1.20:7641.
room-join-invalid-code = The room code has 6 digits.

## reliability (issue 13): server faults and the record of unfinished enrollments
error-server-busy = { $seconds ->
        [0] The server was busy. You can try again now.
        [one] The server is busy and asked to wait. Try again in 1 second.
       *[other] The server is busy and asked to wait. Try again in { $seconds } seconds.
    }
error-connection-lost = The connection to the server broke off in the middle of its answer. Check your connection and try again; anything half made is cleaned up.
error-tls-failed = No secure connection to the server could be set up. Something between you and the server may be in the way. Try again; if it keeps happening, tell your IT department: { $detail }
error-web-page = A web page answered instead of the enrollment server (HTTP { $status }). A proxy, a firewall, a sign-in page of the network or a wrong server address may be in the way. Tell your IT department.
journal-unfinished = Last time, setting up two-step verification for { $user } on { $server } stopped at the step "{ $step }". Sign in as { $user } to clean up what was left unfinished on the server.
journal-cleaned = { $count ->
        [one] 1 unfinished registration from an earlier attempt was removed from the server.
       *[other] { $count } unfinished registrations from an earlier attempt were removed from the server.
    }
journal-error-corrupt = A note about an unfinished setup could not be read ({ $path }). You can go on: signing in cleans up what was left on the server.
journal-error-version = A note about an unfinished setup comes from another version of this assistant ({ $path }, version { $version }). You can go on: signing in cleans up what was left on the server.
journal-error-unwritable = The assistant cannot keep its notes in { $path } ({ $detail }). You can go on, but if the assistant is stopped halfway, it cannot tell you next time what was left unfinished.
journal-error-no-place = This computer has no folder for the assistant's notes. You can go on, but if the assistant is stopped halfway, it cannot tell you next time what was left unfinished.

## trainer UI (src/dashboard/: the trainer's window; src/app/room.rs: the trainee's link)
room-join-intro = In a training session? Type the address and the code the trainer shows, so the trainer sees how you are getting on. Only your steps and your name (without what follows an @) are sent, never a code or a password.
room-join-button = Join
room-summary = In the room: { $count } · Stuck: { $stuck } · Hands up: { $hands }
room-waiting = Nobody has joined yet. On each PC: mfa-assistant --room { $address } --room-code { $code }
room-hand-up = Hand up
room-reset-all-question = Every PC in the room starts over for the next person.
room-reset-all-yes = Yes, reset all { $count }
room-reset-failed = The reset could not be sent. Try again.
room-export-saved = Report saved as { $path }
room-export-failed = The report could not be saved in { $folder }.
room-chart-refusals = Refusals
room-chart-empty = The times show once someone has passed a step.
room-chart-here = { $count } here
room-link-room-full = The training room is full. Ask the trainer to make room; this PC tries again every minute. Carry on: your steps are kept.
room-link-slow-down = The trainer asked this PC to wait a moment. Carry on: your latest step is sent shortly.
room-door-trying = Someone is trying room codes: { $count } wrong codes. Give the room a new code (key N); whoever is in stays in.
room-new-code = New code (N)
room-new-code-failed = The room could not get a new code. Try again.
room-door-full = Room full: { $count } joins turned away.
room-exporting = Saving the report…

## microsoft365 screens (beside Microsoft's own pages; ms-… are Microsoft's labels as its pages and app show them)
step-ms-sign-in = Sign in
step-ms-more-info = More info
step-ms-get-app = Get the app
step-ms-set-up = Set up
step-ms-scan = Scan
step-ms-try-it = Try it
step-ms-phone = Phone
step-ms-code = Code
step-ms-success = Success
step-ms-passkey-ready = Phone ready
step-ms-passkey-add = Passkey
m365-sign-in-title = Sign in with your work account
m365-sign-in-1 = Choose [Sign in with Microsoft]. Your browser opens Microsoft's sign-in page.
m365-sign-in-2 = Sign in with your work account (the one of your e-mail), then come back here. The assistant only reads what you set up; it changes nothing.
m365-sign-in-3 = Does the page say [More information required]? Then Microsoft wants your app and phone first: choose [Next] here and follow the steps beside Microsoft's pages. The sign-in finishes by itself at the end.
m365-sign-in-button = Sign in with Microsoft
m365-sign-in-waiting = Waiting for you to sign in in the browser…
m365-device-button = Sign in on another device
m365-device-open = On another device, open { $uri } and type this code:
m365-signed-in = Signed in as { $account }.
m365-on-record-at-sign-in = You set these up while signing in: Microsoft already has them on record. Choose [To the end].
m365-to-finish = To the end
m365-go-on-unchecked = Go on without checking
m365-ticks-heading = Your sign-in methods at Microsoft
m365-tick-app = { $state ->
    [new] Microsoft Authenticator on { $device } (new)
   *[kept] Microsoft Authenticator on { $device } (already on record)
}
m365-tick-app-no-device = { $state ->
    [new] Microsoft Authenticator (new)
   *[kept] Microsoft Authenticator (already on record)
}
m365-tick-phone = { $state ->
    [new] Mobile phone { $number } (new)
   *[kept] Mobile phone { $number } (already on record)
}
m365-tick-app-waiting = Microsoft Authenticator: not registered yet.
m365-tick-phone-waiting = Mobile phone: not registered yet.
m365-tick-phone-optional = Mobile phone: not registered yet (your organisation does not require it).
m365-check-after-sign-in = The assistant checks what Microsoft has as soon as the sign-in is done.
m365-check-not-signed-in = The assistant checks what Microsoft has once you are signed in.
m365-reading = Reading what Microsoft has…
m365-retrying = { $seconds ->
    [one] Microsoft is not answering just now; the assistant checks again in 1 second. You can carry on.
   *[other] Microsoft is not answering just now; the assistant checks again in { $seconds } seconds. You can carry on.
}
m365-not-checked = Not checked: { $reason } Follow the steps anyway: they work the same.
m365-reason-consent = IT has not yet approved this assistant in Microsoft 365.
m365-reason-forbidden = Microsoft does not let this assistant read your sign-in methods; tell your IT department.
m365-more-info-title = More information required
m365-more-info-1-opened = The assistant opened { $page } in your browser. Sign in there if Microsoft asks.
m365-more-info-1-sign-in = Your browser shows Microsoft's page from the sign-in.
m365-more-info-2 = The page says [More information required]. Choose [Next].
m365-open-page = Open { $page }
m365-get-app-title = Start with the app
m365-get-app-1 = The page says [Keep your account secure] and, under [Microsoft Authenticator], [Start by getting the app].
m365-get-app-2 = You installed { $app } in step 2. Not yet? Go back to installing the app first.
m365-get-app-3 = Installed? Choose [Next] on the page.
m365-set-up-title = Set up your account
m365-set-up-1 = Open { $app } on your phone. Allow notifications if the app asks: you need them to approve sign-ins.
m365-set-up-2 = Tap [+] and choose [Work or school].
m365-set-up-3 = Choose [Scan QR code]. The camera opens.
m365-set-up-4 = On the page, choose [Next].
m365-scan-title = Scan the QR code
m365-scan-1 = Point your phone's camera at the QR code on Microsoft's page.
m365-scan-2 = The app now shows your work account. On the page, choose [Next].
m365-scan-3 = Does the camera not scan it? Choose [Can't scan image?] on the page and type the code and URL it shows into the app.
m365-try-it-title = Try it out
m365-try-it-1 = The page shows a number, and your phone gets a notification from Microsoft Authenticator.
m365-try-it-2 = Type the number into the app and tap [Yes]. (Older versions of the app ask to tap [Approve].)
m365-try-it-3 = The page says [Notification approved]. Choose [Next].
m365-example-number = The number 42 in the pictures is an example: type the one on your page.
m365-phone-title = Add your phone number
m365-phone-1 = Next, Microsoft asks for a phone number, for when the app cannot be used.
m365-phone-2 = At [Select a country or region] choose where your number is from, and type your mobile number.
m365-phone-3 = Choose [Text me a code] and then [Next].
m365-code-title = Type the code from the text message
m365-code-1 = A text message with a 6-digit code arrives on your phone.
m365-code-2 = Type the code on Microsoft's page and choose [Verify].
m365-code-3 = The page says your phone was registered. Choose [Next].
m365-success-title = Success!
m365-success-1 = The page says [Success!]: your security info is set up.
m365-success-2 = Choose [Done]. If Microsoft asks, approve the sign-in on your phone, as in the test.
m365-finish-title-waiting = Almost done
m365-finish-missing = Microsoft does not show everything yet. Just finished on Microsoft's page? Wait a moment: this list updates by itself.
m365-finish-title-unchecked = The steps are done
m365-finish-not-checked = Not checked: the assistant could not read from Microsoft what you set up. { $reason } Your IT department can check it for you.
m365-finish-on-record = You set these up while signing in; Microsoft already had them on record.
ms-sign-in-heading = Sign in
ms-sign-in-field = Email, phone, or Skype
ms-next = Next
ms-back = Back
ms-more-info-heading = More information required
ms-more-info-body = Your organization needs more information to keep your account secure
ms-more-info-other = Use a different account
ms-more-info-learn = Learn more
ms-wizard-heading = Keep your account secure
ms-wizard-body = Your organization requires you to set up the following methods of proving who you are.
ms-wizard-method-app = Method 1 of { $total }: App
ms-wizard-method-phone = Method 2 of 2: Phone
ms-get-app-heading = Start by getting the app
ms-get-app-body = On your phone, install the Microsoft Authenticator app.
ms-get-app-download = Download now
ms-get-app-after = After you install the Microsoft Authenticator app on your device, choose "Next".
ms-other-app = I want to use a different authenticator app
ms-set-up-heading = Set up your account
ms-set-up-body = If prompted, allow notifications. Then add an account, and select "Work or school".
ms-scan-heading = Scan the QR code
ms-scan-body = Use the Microsoft Authenticator app to scan the QR code. This will connect the Microsoft Authenticator app with your account.
ms-scan-after = After you scan the QR code, choose "Next".
ms-scan-cant = Can't scan image?
ms-try-heading = Let's try it out
ms-try-body = Approve the notification we're sending to your app by entering the number shown below.
ms-try-approved = Notification approved
ms-phone-heading = Phone
ms-phone-body = You can prove who you are by answering a call on your phone or texting a code to your phone.
ms-phone-question = What phone number would you like to use?
ms-phone-country = Select a country or region
ms-phone-number = Enter phone number
ms-phone-text = Text me a code
ms-phone-call = Call me
ms-code-verified = SMS verified. Your phone was registered successfully.
ms-code-body = We just sent a 6 digit code to { $number }. Enter the code below.
ms-code-field = Enter code
ms-code-resend = Resend code
ms-verify = Verify
ms-success-heading = Success!
ms-success-body = Great job! You have successfully set up your security info. Choose "Done" to continue signing in.
ms-success-default = Default sign-in method: Microsoft Authenticator - notification
ms-done = Done
ms-app-personal = Personal account
ms-app-sign-in = Sign in
ms-app-trying = Are you trying to sign in?
ms-app-sms-sender = Microsoft
ms-app-sms-text = Use verification code ●●●●●● for Microsoft authentication.
m365-signed-in-next = Choose [Next]: the assistant opens { $page }, Microsoft's page where you set up the app and your phone.

## The end of Microsoft's text messages
date-long = { $day } { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
} { $year }
m365-texts-ending = Microsoft stops sending these codes by text message on { $date }. From then on you sign in with Microsoft Authenticator (its notification or its code) or with a passkey; the phone number no longer helps you sign in.
m365-texts-ended = Since { $date } Microsoft no longer sends sign-in codes by text message, so this guide skipped the phone number.
m365-texts-off = Your organisation does not use text messages for signing in, so this guide skipped the phone number.
m365-backup-app = If a notification does not arrive, sign in with the code Microsoft Authenticator shows: that is your backup now.
m365-backup-app-missing = Once Microsoft shows Microsoft Authenticator above, the code the app shows is your backup for when a notification does not arrive.
m365-backup-passkey = A passkey in Microsoft Authenticator can be a backup too; a coming version of this assistant will guide you through it. Until then: on Security info, choose [Add sign-in method], then [Passkey in Microsoft Authenticator].
m365-tick-phone-not-backup-ended = Mobile phone { $number }: on record at Microsoft, but Microsoft no longer sends codes to it, so it does not count as your backup.
m365-tick-phone-not-backup-off = Mobile phone { $number }: on record at Microsoft, but your organisation does not use text messages, so it does not count as your backup.
m365-tick-passkey-authenticator = { $state ->
    [new] Passkey in Microsoft Authenticator on { $device } (new)
   *[kept] Passkey in Microsoft Authenticator on { $device } (already on record)
}
m365-tick-passkey = { $state ->
    [new] Passkey { $name } (new)
   *[kept] Passkey { $name } (already on record)
}
m365-backup-passkey-on-record = Your passkey, listed above, is a backup too: choose it where Microsoft's sign-in offers it.
m365-backup-passkey-route = A passkey in Microsoft Authenticator is a backup too: go back to the passkey step to add it; it is listed above once Microsoft has it.
m365-finish-next-time-passkey = Next time you sign in, choose your passkey where Microsoft offers it: your phone asks for your fingerprint, face or screen lock.

## A passkey in Microsoft Authenticator (issue 21): its two screens.
m365-passkey-ready-title = Is your phone ready for a passkey?
m365-passkey-ready-version-android = Your phone needs Android 14 or newer. To check: open [Settings], then [About phone]; it shows the Android version (on some phones under [Software information]).
m365-passkey-ready-version-iphone = Your iPhone needs iOS 17 or newer. To check: open [Settings] › [General] › [About]; it shows the iOS version.
m365-passkey-ready-provider-android = Make Microsoft Authenticator your phone's passkey provider: in [Settings], open [Passwords, passkeys and accounts] and, under [Additional providers], turn on [Authenticator]. Phone makers name these a little differently.
m365-passkey-ready-provider-iphone = Make Microsoft Authenticator your iPhone's passkey provider. On iOS 18: [Settings] › [General] › [AutoFill & Passwords], and turn on [Authenticator]. On iOS 17: [Settings] › [Passwords] › [Password Options], and turn on [Authenticator].
m365-passkey-ready-search = Can't find it? Open [Settings] and search for [passkey].
m365-passkey-ready-next = Done? Choose [Next] here.
m365-passkey-add-title = Add the passkey
m365-passkey-add-1 = On My Security info, choose [+ Add sign-in method], then [Passkey in Microsoft Authenticator] and [Add].
m365-passkey-add-2 = Simplest: on your phone, in Microsoft Authenticator, tap [+], then [Work or school], and sign in.
m365-passkey-add-3 = Or scan the PC's QR code with your phone's own camera app, not Authenticator's scanner. Bluetooth must be on, on phone and PC.
m365-passkey-add-4 = Save the passkey in Authenticator when the phone asks (fingerprint, face or screen lock).
m365-open-security-info = Open My Security info
m365-passkey-none-yet = No passkey at Microsoft yet. Check these, in this order:
m365-passkey-check-provider = Is Authenticator your phone's passkey provider? See the screen before this one, or search Settings for "passkey".
m365-passkey-check-camera = Did you scan the QR code with the phone's camera app? The scanner inside Authenticator cannot read it.
m365-passkey-check-bluetooth = Is Bluetooth on, on the phone and on this PC? The phone finds the PC over Bluetooth.
m365-passkey-check-version-android = Is the phone on Android 14 or newer? ([Settings] › [About phone])
m365-passkey-check-version-iphone = Is the iPhone on iOS 17 or newer? ([Settings] › [General] › [About])
m365-passkey-check-profile = Does your phone have a work profile besides your own? Save the passkey in the profile where your work account's Authenticator is.
m365-passkey-check-helpdesk = Still nothing? Your organisation may not allow adding a passkey from here; the helpdesk can tell.
m365-passkey-more-time = Give me more time
m365-tick-passkey-waiting = Passkey in Microsoft Authenticator: not added yet.
m365-tick-security-key = { $state ->
    [new] Security key { $name } (new)
   *[kept] Security key { $name } (already on record)
}
m365-tick-security-key-not-counted = Security key { $name }: on record at Microsoft, but your organisation asks for a passkey in Microsoft Authenticator.
passkey-android-path = Settings
passkey-android-title = Passwords, passkeys and accounts
passkey-android-group = Additional providers
passkey-android-varies = The names differ a little per phone maker.
passkey-iphone-path = Settings › General
passkey-iphone-title = AutoFill & Passwords
passkey-iphone-autofill = AutoFill Passwords and Passkeys
passkey-iphone-group = Use Passwords and Passkeys From:
passkey-iphone-17 = iOS 17: Settings › Passwords › Password Options
passkey-provider = Authenticator
passkey-two-ways = Two ways in
passkey-or = or
passkey-camera-app = Camera app
passkey-not-scanner = On the PC's QR code; not Authenticator's scanner.
passkey-bluetooth = Bluetooth
ms-security-info-heading = Security info
ms-security-info-body = These are the methods you use to sign into your account or reset your password.
ms-add-method = + Add sign-in method
ms-passkey-choose = Choose a method
ms-passkey-method = Passkey in Microsoft Authenticator
ms-cancel = Cancel
ms-add = Add
ms-passkey-qr = Later, the PC may show a QR code: scan it with the phone's camera.
a11y-picture-passkey-provider = Drawing of your phone's settings: { $path }, { $title }, with Authenticator turned on.
a11y-picture-passkey-ways = Drawing of your phone: the two ways in. One: in Microsoft Authenticator, plus, then Work or school. Two: the camera app on the PC's QR code, with Bluetooth on.

## What a screen reader reads (issue 22): names for what is drawn, never shown.
a11y-stepper = Step { $current } of { $total }: { $name }
a11y-qr = QR code to scan with the app on your phone, for the account { $account }. Can't scan? The button below it shows the key to type in instead.
a11y-key = The key, in groups of four characters
a11y-ringed = Ringed in the drawing: “{ $label }”
a11y-picture-phone = Drawing of your phone: what it will show.
a11y-picture-practice = The practice phone, drawn on screen in place of your own phone. It shows: { $shows }
a11y-picture-browser = Drawing of the page { $url } in your browser.
a11y-picture-store = Drawing of your phone: { $app } in { $store }.
a11y-picture-accounts = Drawing of your phone: { $app } with the account { $account }.
a11y-picture-accounts-code = Drawing of your phone: { $app } with the account { $account } and its code { $code }.
a11y-picture-camera = Drawing of your phone: the camera of { $app }, pointed at the code on your computer.
a11y-picture-empty = Drawing of your phone: { $app }, with no accounts yet.
a11y-picture-clock = Drawing of your phone's settings: { $path }, { $title }.
# Said when the assistant's window gets the focus back (a screen reader's
# polite line): what the screen came to say while the person was elsewhere,
# such as a tick from Microsoft.
a11y-while-away = While you were in another window: { $changes }

## The trainer's window as a screen reader reads it (issue 22): never shown.
a11y-room-heading = { room-dashboard-title }: room code { $code }
a11y-room-table = Trainees
# The table's last column (a reset per trainee) has no heading on screen.
a11y-room-column-reset = Next person
# A trainee's reset button: the label on screen, and whose it is.
a11y-room-reset = { room-reset }: { $name }
a11y-room-stuck-reason = Stuck: { $reason }
a11y-room-chart-step = { $step }: median { $median }, slowest { $slowest }; { $here } here now; { $refusals ->
    [one] 1 refusal
   *[other] { $refusals } refusals
}.
a11y-room-chart-step-none = { $step }: no times yet; { $here } here now; { $refusals ->
    [one] 1 refusal
   *[other] { $refusals } refusals
}.
# Said once, politely, when a trainee becomes stuck or raises a hand.
a11y-room-stuck = { $name } is stuck at { $step } for { $minutes ->
    [0] less than a minute
    [one] 1 minute
   *[other] { $minutes } minutes
}. { $reason }.
a11y-room-hand = { $name } raised a hand at { $step }.
## A new phone, and a lost one (issue 21, item 3): the welcome's choice and three screens.
welcome-errand-question = What do you want to do?
welcome-errand-enroll = Set up two-step verification
welcome-errand-new-phone = I have a new phone
welcome-errand-lost-phone = My old phone is lost
welcome-errand-new-phone-note = A new phone: you add it on Microsoft's Security info first, then delete the old one. The assistant checks both with Microsoft.
step-ms-lost-phone = Phone lost
step-ms-new-phone-add = New phone
step-ms-new-phone-remove = Old phone
m365-lost-title = Phone lost: first a Temporary Access Pass
m365-lost-1 = Without your old phone you cannot sign in with a second step, so you cannot add a new phone yourself yet.
m365-lost-2 = Ask the helpdesk for a Temporary Access Pass (TAP): a code that stands in for your phone for a short time. Tell them your phone is lost, too.
m365-lost-helpdesk = The helpdesk: { $contact }.
m365-lost-helpdesk-unknown = Only your organisation's helpdesk can give you the pass; the assistant cannot.
m365-lost-3 = When you sign in with Microsoft in a moment, the page says [Enter Temporary Access Pass]: type the pass there and choose [Sign in].
m365-lost-4 = Got the pass? Choose [Next]. First you install the app on your new phone.
ms-tap-heading = Enter Temporary Access Pass
ms-tap-field = Temporary Access Pass
ms-tap-sign-in = Sign in
m365-new-phone-signed-in = The assistant remembers what Microsoft lists now as your old phone's. Choose [Next] and add the new phone.
m365-new-phone-add-title = Add your new phone
m365-new-phone-add-1 = On My Security info, choose [+ Add sign-in method], then [Microsoft Authenticator] and [Add]. Choose [Next] on Microsoft's page until it shows a QR code.
m365-new-phone-add-2 = On the new phone, open { $app }, tap [+] and choose [Work or school], then [Scan QR code], and scan the code on the page.
m365-new-phone-add-3 = Microsoft sends a test notification to the new phone: type the number from the page into the app and tap [Yes].
m365-new-phone-add-4 = Leave the old phone's entry for now: delete it only once Microsoft lists the new phone, in the next step.
ms-authenticator-method = Microsoft Authenticator
m365-tick-new-app-waiting = New phone: Microsoft Authenticator not listed yet.
m365-tick-new-passkey-waiting = New phone: passkey in Microsoft Authenticator not listed yet.
m365-method-app = { $device ->
    [none] Microsoft Authenticator
   *[other] Microsoft Authenticator on { $device }
}
m365-method-passkey = { $device ->
    [none] Passkey in Microsoft Authenticator
   *[other] Passkey in Microsoft Authenticator on { $device }
}
m365-tick-new = New phone: { $method }
m365-tick-old-left = Old phone: { $method }, still on record
m365-tick-old-gone = Old phone: { $method }, deleted
m365-tick-no-old = When you signed in, Microsoft listed nothing of an old phone: there is nothing to delete.
m365-new-phone-remove-title = Delete your old phone
m365-new-phone-remove-wait = Microsoft does not list your new phone yet. Keep the old one until it does: delete it first, and you may have no phone left to sign in with.
m365-new-phone-remove-1 = On My Security info, find your old phone's [Microsoft Authenticator] and choose [Delete] beside it. Confirm with [OK].
m365-new-phone-remove-2 = Does the list show a [Passkey in Microsoft Authenticator] of the old phone? Delete it the same way.
m365-new-phone-remove-same = Two entries with the same name? Microsoft's page shows no difference, but the assistant tells them apart: delete one, and the list here says whether it was the old one. If it was the new one, go back one step and add the new phone again.
m365-new-phone-removed = Nothing of the old phone is listed any more. Choose [Next].
ms-delete = Delete
m365-new-phone-finish-title = Your new phone is set up
m365-new-phone-finish-old-left = Microsoft still lists something of your old phone (see above). Delete it on My Security info: this list updates by itself.
a11y-picture-tap = Drawing of Microsoft's sign-in page: Enter Temporary Access Pass, a field for the pass, and Sign in.
a11y-picture-security-info-delete = Drawing of Security info: your sign-in methods, each with Delete beside it; the old phone's Microsoft Authenticator is ringed.

## Training's practice passkey (issue 21, item 4): its two screens and the practice phone.
practice-passkey-ready-title = Practice: is the phone ready for a passkey?
practice-passkey-ready-practise = Practise it here: on the practice phone, choose [Turn on] beside [Authenticator].
practice-passkey-ready-waiting = Authenticator is not the practice phone's passkey provider yet.
practice-passkey-ready-done = Authenticator is now the practice phone's passkey provider. Choose Next.
practice-passkey-add-title = Practice: add the passkey
practice-passkey-add-1 = On your real PC you start on My Security info: [+ Add sign-in method], then [Passkey in Microsoft Authenticator] and [Add].
practice-passkey-add-2 = On the practice phone, choose one of the two ways in: sign in inside Authenticator ([+], then [Work or school]), the simplest; or scan the PC's QR code with the phone's camera app, never with Authenticator's own scanner, with Bluetooth on.
practice-passkey-add-3 = The phone asks to save the passkey in Authenticator: choose [Continue]. A real phone then asks for your fingerprint, face or screen lock.
practice-passkey-not-yet = Practice passkey in Microsoft Authenticator: not added yet.
practice-passkey-listed = Practice passkey in Microsoft Authenticator, for { $account }: listed by the practice server.
practice-passkey-refused = The practice phone can only save a passkey after the practice sign-in. Go back to Sign in.
practice-passkey-marker = Practice: no real passkey is made.
practice-passkey-turn-on = Turn on
practice-passkey-way-authenticator = Sign in in Authenticator
practice-passkey-way-camera = Scan the PC's QR code
practice-passkey-camera-link = Save a passkey
practice-passkey-connected = Bluetooth: connected to the PC.
practice-passkey-signed-in = Work or school account: signed in.
practice-passkey-sheet-title = Save a passkey?
practice-passkey-sheet-body = In Authenticator, for login.microsoft.com.
practice-passkey-cancel = Cancel
practice-passkey-continue = Continue
practice-passkey-saved = Passkey saved in Authenticator.
finish-summary-practice-passkey = A passkey in Microsoft Authenticator, practised on the practice phone. On your own phone it goes the same way.

## Training: a new phone, practised (the welcome's "I have a new phone")
step-old-phone = Old phone
welcome-errand-new-phone-practice = Practise switching phones: the practice server acts as if your old phone is set up; your own phone is the new one. Add it as in the guide, then delete the old one.
practice-new-phone-title = Practice: delete your old phone
practice-new-phone-new-listed = New phone: Microsoft Authenticator is listed by the practice server.
practice-new-phone-new-not-yet = New phone: Microsoft Authenticator is not listed yet.
practice-new-phone-old-listed = Old phone: Microsoft Authenticator is still listed.
practice-new-phone-old-gone = Old phone: deleted; the practice server no longer lists it.
practice-new-phone-add-first = The practice server does not list your new phone yet. Keep the old one until it does: go back to Scan and type the code from the app on your new phone.
practice-new-phone-real = Later, for real: on My Security info, find your old phone's [Microsoft Authenticator], choose [Delete] beside it and confirm with [OK].
practice-new-phone-practise = Practise it here: on the practice page, choose [Delete] beside the old phone's Microsoft Authenticator. Leave the new phone's entry.
practice-new-phone-done = The practice server no longer lists the old phone; the new one is still listed. Choose [Next].
practice-new-phone-marker = Practice: nothing is deleted at Microsoft.
practice-new-phone-old-detail = Old phone
practice-new-phone-new-detail = New phone, added just now
a11y-picture-practice-security-info = Drawing of the practice server's Security info, with the phones it lists now: each Microsoft Authenticator with Delete beside it; only the old phone's Delete is a button.
finish-summary-practice-new-phone = Switching to a new phone, practised: first you added and tested the new phone, then deleted the old phone's entry. On Microsoft's Security info it goes the same way.
