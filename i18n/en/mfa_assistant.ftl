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
guide-step = Guide step { $steps }
stepper-label = Progress: step { $current } of { $total }
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
approve-2 = On the phone, choose the number shown here and tap [Approve].
approve-send = Send test
approve-sending = Sending the test…
approve-number-label = Choose this number on your phone
approve-preparing = Getting your phone ready for a test sign-in…
approve-push-1 = Open [{ $app }] on your phone.
approve-push-2 = Tap [+] and scan the QR code on the right. The app registers itself with your organisation's server.
approve-push-3 = This screen goes on by itself once the phone is registered.
approve-push-waiting = Waiting for the phone to register…
approve-push-qr-label = QR code for privacyIDEA Authenticator
approve-retry = Try again
approve-code-instead = Your organisation's server does not send test sign-ins to the app here ({ $reason }). Test with a code from the app instead.
approve-code-step = Type the six-digit code the app shows now for { $account } and choose [Verify].
approve-code-ok = The code is right: signing in with the app works.
approve-waiting = Waiting for your answer on the phone…
approve-type-hint = With the keyboard: type the number to choose it on the practice phone, then press Enter to approve.
approve-approved = Approved. Setting up { $app } is complete. Choose [Done].
approve-denied = You denied the sign-in. Send a new test and choose [Approve].
approve-wrong-number = That was not the number shown here, so the sign-in was refused. Send a new test.
approve-timed-out = No answer from the phone in time. Send a new test.
approve-done = Done

## The practice phone
phone-caption = Practice phone
phone-notification-title = Approve sign-in?
phone-notification-body = { $account }
phone-notification-hint = Choose the number shown on your computer.
phone-approve = Approve
phone-deny = Deny
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
finish-read-more = [Read also]: the security page of { $organisation }.
finish-open-help = Open the security page
finish-restart = Start again for the next person
finish-training-note = This was training: no real account was changed.
finish-link-failed = The browser could not be opened. The address is { $url }

## Errors
error-code-empty = Type the six-digit code.
error-code-not-digits = A code has only digits. Spaces are fine.
error-code-length = A code has 6 digits; you typed { $count }.
error-wrong-code = { $left ->
    [one] That code is not correct. Check the code and try again. One attempt left before a short wait.
   *[other] That code is not correct. Check the code and try again. { $left } attempts left.
}
error-code-reused = This code has been used already. Wait for the app to show a new code; it changes every 30 seconds.
error-code-expired = This code has expired. Request a new code.
error-cool-down = Too many wrong codes. Try again in { $seconds } seconds.
error-resend-too-soon = You can request a new code in { $seconds } seconds.
error-out-of-order = This needs an earlier step first. Go back and finish that step.
error-invalid-account = Use your name or e-mail address, without a colon, at most 64 characters.
error-timeout = The server did not answer in time. Check your connection and try again.
error-unreachable = The server cannot be reached. Check your connection and try again.
error-server = The server refused: { $detail }
error-code-rejected = The server did not accept this code. Check that you typed the code the app shows now, and try again.
error-sign-in-incomplete = Type both your username and your password.
error-wrong-password = The username or password is not correct. Check both and try again.
error-unknown-realm = The server does not know the organisation "{ $realm }". Ask your IT department which one to use.
error-account-locked = This account is blocked from signing in here. Your IT department can unblock it.
error-session-expired = Your sign-in at the server has expired. Sign in again with your password; you then go on where you were.
error-not-allowed = The server does not allow this for your account: { $detail }. Ask your IT department.
error-bad-answer = The server's answer could not be used; nothing was changed. Try again; if it keeps happening, tell your IT department: { $detail }
error-ca-file = The organisation's certificate file { $path } cannot be used ({ $detail }). Ask your IT department.
error-server-fault = The server had a problem (HTTP { $status }). Nothing was changed; try again in a moment.
error-untrusted = The server's security certificate is not trusted on this computer. Ask your IT department; they may need to set the organisation's certificate (ca_file).
error-insecure = The server address must start with https:// (only a server on this computer may use http://).
provider-unusable = privacyIDEA cannot be used: { $reason } Until that is put right, the assistant runs in training mode: nothing real is set up.
provider-missing-server = no server is set (--server, or server in the privacyidea part of the settings file).
provider-bad-server = "{ $server }" is not a server address (for example https://mfa.example.org).
provider-missing-realm = no realm is set (--realm, or realm in the privacyidea part of the settings file).
config-error = The settings file { $file } could not be read (line { $line }): { $detail }. The assistant uses the default settings.

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
