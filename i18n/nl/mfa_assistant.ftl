# Tekst tussen [haken] is een label dat de persoon op de telefoon of in de
# browser ziet; het wordt als gemarkeerd label getoond en moet precies
# overeenkomen met de app.

## Venster en navigatie
app-title = Assistent tweestapsverificatie
window-title = { $step } ({ $current }/{ $total }) – Assistent tweestapsverificatie
training-badge = Oefenmodus: er wordt niets echt ingesteld
nav-back = Terug
nav-next = Volgende
appearance-light = Licht
appearance-dark = Donker
appearance-high-contrast = Hoog contrast
text-size = Tekst { $percent }%
text-smaller = A−
text-larger = A+
language-label = Taal
lang-nl = Nederlands
lang-en = English
guide-step = Stap { $steps } van de handleiding
stepper-label = Voortgang: stap { $current } van { $total }
busy-cancel = Annuleren
busy-cancelled = Geannuleerd. Er is niets veranderd; je kunt het opnieuw proberen.

## Stappenbalk
step-welcome = Welkom
step-install = Installeren
step-sign-in = Aanmelden
step-more-info = Beginnen
step-prepare = Account
step-scan = Scannen
step-approve = Goedkeuren
step-phone = Telefoon
step-sms = Sms-code
step-finish = Klaar

## Welkom
welcome-title = Tweestapsverificatie instellen
welcome-intro = Deze assistent neemt je stap voor stap door de handleiding en controleert of elke stap echt werkt. Houd je telefoon bij de hand; het duurt ongeveer tien minuten.
welcome-phone-question = Welke telefoon heb je?
phone-android = Android
phone-iphone = iPhone
welcome-training-note = Oefenmodus: je gebruikt je eigen telefoon en een echte authenticator-app, maar er wordt geen echt account gewijzigd.
welcome-start = Beginnen

## De app installeren (stap 1–2 van de handleiding)
install-title = { $app } installeren
install-android-1 = Open de [Play Store] op je telefoon.
install-android-2 = Zoek bovenin naar "{ $app }" en tik op [Installeren].
install-iphone-1 = Open de [App Store] op je iPhone.
install-iphone-2 = Zoek naar "{ $app }" en tik op [Download].
install-3 = Controleer of de app geïnstalleerd is: het pictogram staat op je telefoon.
install-qr-caption = Of scan deze code met de camera van je telefoon om de app meteen in de winkel te openen.
install-done = Ik heb de app geïnstalleerd

## Aanmelden (stap 3 van de handleiding)
sign-in-title = Aanmelden
sign-in-work-note = Op het werk doe je dit op de pagina https://aka.ms/mfasetup met je Microsoft 365-account, het account van je e-mail.
sign-in-training-note = In deze oefening vul je alleen je naam of e-mailadres in. Dat wordt de accountnaam in de app.
sign-in-label = Je naam of e-mailadres
sign-in-placeholder = bijvoorbeeld jan.jansen@example.nl
sign-in-submit = Aanmelden
sign-in-busy = Bezig met aanmelden…
sign-in-done = Aangemeld als { $account }.
sign-in-server-note = Meld je aan met je eigen gebruikersnaam en wachtwoord van { $organisation }. Ze gaan alleen naar de server van je organisatie en worden niet bewaard.
sign-in-username = Gebruikersnaam
sign-in-username-placeholder = bijvoorbeeld jjansen
sign-in-password = Wachtwoord

## Meer informatie vereist (stap 4–5 van de handleiding)
more-info-title = Meer informatie vereist
more-info-1 = Na het aanmelden zie je de melding [Meer informatie vereist]. Kies [Volgende].
more-info-2 = De pagina vraagt je { $app } te downloaden. Nog niet geïnstalleerd? Ga dan eerst terug naar de stap installeren.
more-info-3 = Geïnstalleerd? Kies [Volgende].
more-info-back-to-install = Terug naar de app installeren

## Een account toevoegen in de app (stap 6 van de handleiding)
prepare-title = Een account toevoegen in de app
prepare-1 = Open { $app } op je telefoon.
prepare-2 = Sta meldingen toe als de app daarom vraagt. Die heb je nodig om aanmeldingen goed te keuren.
prepare-3 = Tik op [+] om een account toe te voegen.
prepare-4-work = Kies [Werk of school].
prepare-4-other = Kies [Ander account (Google, Facebook, enz.)]. Op het werk kies je [Werk of school]; deze oefening gebruikt een standaardaccount.
prepare-5 = De app opent de camera om een code te scannen. Kies daarna hier [Volgende].
prepare-empty-list = Nog geen accounts.
label-plus = +

## De QR-code scannen (stap 7 van de handleiding)
scan-title = De QR-code scannen
scan-1 = Kies in de app [QR-code scannen].
scan-1-plus = Tik in de app op [+]. De camera gaat open.
scan-2 = Richt de camera van je telefoon op de code op dit scherm.
scan-3 = De app toont nu { $issuer } met een code van zes cijfers. Typ die code hier en kies [Verifiëren].
scan-qr-label = QR-code voor { $account }
scan-cant = Lukt scannen niet?
scan-hide-key = Sleutel verbergen
scan-key-explain = Kies in de app voor handmatig een code invoeren. Accountnaam: { $account }. Sleutel:
scan-copy = Sleutel kopiëren
scan-copied = Sleutel gekopieerd.
scan-code-label = Code uit de app
scan-code-placeholder = 123 456
scan-app-now = Je app toont nu
scan-verify = Verifiëren
scan-busy = De code wordt gecontroleerd…
scan-verified = De code klopt: de app is gekoppeld aan je account.
scan-loading = Je QR-code wordt gemaakt…

## Een testaanmelding goedkeuren (stap 8–10 van de handleiding)
approve-title = Een testaanmelding goedkeuren
approve-1 = Kies [Test versturen]. Het verzoek verschijnt in de app op je telefoon; zie je het niet, open dan de app en veeg omlaag om te vernieuwen.
approve-1-training = Kies [Test versturen]. In de oefening komt de melding op de oefentelefoon rechts.
approve-2 = Kies op de telefoon het getal dat hier staat en tik op [Goedkeuren].
approve-send = Test versturen
approve-sending = De test wordt verstuurd…
approve-number-label = Kies dit getal op je telefoon
approve-preparing = Je telefoon wordt klaargemaakt voor een testaanmelding…
approve-push-1 = Open [{ $app }] op je telefoon.
approve-push-2 = Tik op [+] en scan de QR-code rechts. De app meldt zich aan bij de server van je organisatie.
approve-push-3 = Dit scherm gaat vanzelf verder zodra de telefoon is aangemeld.
approve-push-waiting = Wachten tot de telefoon zich aanmeldt…
approve-push-qr-label = QR-code voor privacyIDEA Authenticator
approve-retry = Opnieuw proberen
approve-code-instead = De server van je organisatie stuurt hier geen testaanmeldingen naar de app ({ $reason }). Test daarom met een code uit de app.
approve-code-step = Typ de code van zes cijfers die de app nu toont voor { $account } en kies [Verifiëren].
approve-code-ok = De code klopt: aanmelden met de app werkt.
approve-waiting = Wachten op je antwoord op de telefoon…
approve-type-hint = Met het toetsenbord: typ het getal om het op de oefentelefoon te kiezen en druk op Enter om goed te keuren.
approve-approved = Goedgekeurd. Het instellen van { $app } is voltooid. Kies [Gereed].
approve-denied = Je hebt de aanmelding geweigerd. Verstuur een nieuwe test en kies [Goedkeuren].
approve-wrong-number = Dat was niet het getal dat hier staat, dus de aanmelding is geweigerd. Verstuur een nieuwe test.
approve-timed-out = De telefoon heeft niet op tijd geantwoord. Verstuur een nieuwe test.
approve-done = Gereed

## De oefentelefoon
phone-caption = Oefentelefoon
phone-notification-title = Aanmelding goedkeuren?
phone-notification-body = { $account }
phone-notification-hint = Kies het getal dat op je computer staat.
phone-approve = Goedkeuren
phone-deny = Weigeren
phone-idle = Geen meldingen
phone-sms-sender = { $issuer }
phone-sms-text = Gebruik verificatiecode { $code } voor { $issuer }.
phone-answered = Antwoord verstuurd

## Telefoonnummer (stap 11 van de handleiding)
phone-title = Een telefoonnummer toevoegen
phone-1 = Werkt de app een keer niet, dan kun je je aanmelden met een code per sms.
phone-2 = Kies bij [Selecteer een land of regio] waar je telefoonnummer vandaan komt en typ daarna het nummer.
phone-3 = Kies bij [Wijze] voor [Code per sms-bericht verzenden] en daarna [Volgende].
phone-country-label = Selecteer een land of regio
phone-number-label = Telefoonnummer
phone-number-placeholder = 06 12345678
phone-method-label = Wijze
phone-method-sms = Code per sms-bericht verzenden
phone-will-send = De code gaat naar { $number }.
phone-send = Volgende
phone-sending = De code wordt verstuurd…
phone-error-empty = Typ je mobiele nummer.
phone-error-not-a-number = Een telefoonnummer bestaat alleen uit cijfers, spaties, streepjes en eventueel een + aan het begin.
phone-error-invalid = Dit is geen geldig telefoonnummer voor { $country }. Controleer de cijfers.
phone-error-other-country = Dit nummer heeft landcode +{ $code }, niet +{ $chosen } voor { $country }. Kies het juiste land of controleer het nummer.
phone-error-landline = Dit is geen mobiel nummer (een vast nummer, of een servicenummer zoals 0800). Voor een sms is een mobiel nummer nodig.

## Sms-code (stap 12–13 van de handleiding)
sms-title = Typ de code uit de sms
sms-1 = Er is een sms met een code van zes cijfers verstuurd naar { $number }.
sms-2 = Typ de code en kies [Verifiëren].
sms-code-label = Code uit de sms
sms-code-placeholder = 123 456
sms-verify = Verifiëren
sms-busy = De code wordt gecontroleerd…
sms-resend = Nieuwe code sturen
sms-resend-wait = Nieuwe code mogelijk over { $seconds } s
sms-resent = Er is een nieuwe code verstuurd.
sms-verified = De verificatie is voltooid. Kies [Gereed].
sms-done = Gereed

## Klaar
finish-title = Tweestapsverificatie is ingesteld
finish-summary = Wat is ingesteld:
finish-summary-app = { $app } op je telefoon, voor { $account }.
finish-summary-phone = Sms-berichten naar { $number } als reserve.
finish-next-time = Als je je de volgende keer aanmeldt, keur je de aanmelding goed op je telefoon, net als bij de test.
finish-read-more = [Lees ook]: de beveiligingspagina van { $organisation }.
finish-open-help = Beveiligingspagina openen
finish-restart = Opnieuw beginnen voor de volgende persoon
finish-training-note = Dit was een oefening: er is geen echt account gewijzigd.
finish-link-failed = De browser kon niet worden geopend. Het adres is { $url }

## Foutmeldingen
error-code-empty = Typ de code van zes cijfers.
error-code-not-digits = Een code bestaat alleen uit cijfers. Spaties mogen.
error-code-length = Een code heeft 6 cijfers; je typte er { $count }.
error-wrong-code = { $left ->
    [one] Die code klopt niet. Controleer de code en probeer het opnieuw. Nog één poging, daarna moet je even wachten.
   *[other] Die code klopt niet. Controleer de code en probeer het opnieuw. Nog { $left } pogingen.
}
error-code-reused = Deze code is al gebruikt. Wacht tot de app een nieuwe code toont; die verandert elke 30 seconden.
error-code-expired = Deze code is verlopen. Vraag een nieuwe code aan.
error-cool-down = Te veel foute codes. Probeer het over { $seconds } seconden opnieuw.
error-resend-too-soon = Je kunt over { $seconds } seconden een nieuwe code aanvragen.
error-out-of-order = Hiervoor is eerst een eerdere stap nodig. Ga terug en maak die stap af.
error-invalid-account = Gebruik je naam of e-mailadres, zonder dubbele punt, hoogstens 64 tekens.
error-timeout = De server heeft niet op tijd geantwoord. Controleer je verbinding en probeer het opnieuw.
error-unreachable = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-server = De server weigerde: { $detail }
error-code-rejected = De server heeft deze code niet geaccepteerd. Controleer of je de code typt die de app nu toont en probeer het opnieuw.
error-sign-in-incomplete = Typ zowel je gebruikersnaam als je wachtwoord.
error-wrong-password = De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
error-unknown-realm = De server kent de organisatie "{ $realm }" niet. Vraag je IT-afdeling welke je moet gebruiken.
error-account-locked = Dit account mag hier niet aanmelden: het is geblokkeerd. Je IT-afdeling kan de blokkade opheffen.
error-session-expired = Je aanmelding bij de server is verlopen. Meld je opnieuw aan met je wachtwoord; daarna ga je verder waar je was.
error-not-allowed = De server staat dit niet toe voor jouw account: { $detail }. Vraag je IT-afdeling.
error-bad-answer = Het antwoord van de server was niet te gebruiken; er is niets veranderd. Probeer het opnieuw; blijft het gebeuren, geef dit dan door aan je IT-afdeling: { $detail }
error-ca-file = Het certificaatbestand van de organisatie ({ $path }) kan niet worden gebruikt ({ $detail }). Vraag je IT-afdeling.
error-server-fault = De server had een probleem (HTTP { $status }). Er is niets veranderd; probeer het zo opnieuw.
error-untrusted = Het beveiligingscertificaat van de server wordt op deze computer niet vertrouwd. Vraag je IT-afdeling; mogelijk moet het certificaat van de organisatie worden ingesteld (ca_file).
error-insecure = Het serveradres moet met https:// beginnen (alleen een server op deze computer mag http:// gebruiken).
provider-unusable = privacyIDEA kan niet worden gebruikt: { $reason } Tot dat is opgelost, werkt de assistent in oefenmodus: er wordt niets echt ingesteld.
provider-missing-server = er is geen server ingesteld (--server, of server in het privacyidea-deel van het instellingenbestand).
provider-bad-server = "{ $server }" is geen serveradres (bijvoorbeeld https://mfa.example.org).
provider-missing-realm = er is geen realm ingesteld (--realm, of realm in het privacyidea-deel van het instellingenbestand).
config-error = Het instellingenbestand { $file } kon niet worden gelezen (regel { $line }): { $detail }. De assistent gebruikt de standaardinstellingen.

## Landen en regio's
country-NL = Nederland
country-AW = Aruba
country-AU = Australië
country-AT = Oostenrijk
country-BE = België
country-BG = Bulgarije
country-CA = Canada
country-CW = Curaçao
country-CZ = Tsjechië
country-DE = Duitsland
country-DK = Denemarken
country-ES = Spanje
country-FI = Finland
country-FR = Frankrijk
country-GB = Verenigd Koninkrijk
country-GR = Griekenland
country-HU = Hongarije
country-IE = Ierland
country-IN = India
country-ID = Indonesië
country-IT = Italië
country-LU = Luxemburg
country-MA = Marokko
country-NO = Noorwegen
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SE = Zweden
country-CH = Zwitserland
country-SR = Suriname
country-TR = Turkije
country-US = Verenigde Staten

## Labels in de illustraties
store-android = Google Play
store-iphone = App Store
label-store-install-android = Installeren
label-store-install-iphone = Download
picture-code-seconds = nog { $seconds } s
label-scan-qr = QR-code scannen
picture-camera-hint = Richt de camera op de code op je computer.
label-work-or-school = Werk of school
label-other-account = Ander account (Google, Facebook, enz.)
label-add-account = Account toevoegen

## Product names (not translated, but kept here with every other visible string)
authenticator-name = Microsoft Authenticator
