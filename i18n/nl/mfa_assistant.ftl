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
stepper-label = Voortgang: stap { $current } van { $total }
stepper-paper-guide = (in de papieren handleiding: { $count ->
    [one] stap
   *[other] stappen
} { $steps })
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
welcome-intro-microsoft365 = Deze assistent begeleidt je stap voor stap door de pagina's van Microsoft en controleert bij Microsoft wat je hebt geregistreerd. Houd je telefoon bij de hand; het duurt ongeveer tien minuten.
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
approve-2 = Kies op de telefoon wat hier staat en tik op [Goedkeuren].
approve-2-type = Typ op de telefoon het getal dat hier staat en tik op [Ja].
approve-2-plain = Tik op de telefoon op [Goedkeuren].
approve-send = Test versturen
approve-sending = De test wordt verstuurd…
approve-number-label = Kies dit op je telefoon
approve-number-type-label = Typ dit getal op je telefoon
approve-preparing = Je telefoon wordt klaargemaakt voor een testaanmelding…
approve-push-1 = Open [{ $app }] op je telefoon.
approve-push-2 = Tik op [+] en scan de QR-code rechts. De app meldt zich aan bij de server van je organisatie.
approve-push-3 = Dit scherm gaat vanzelf verder zodra de telefoon is aangemeld.
approve-push-waiting = Wachten tot de telefoon zich aanmeldt…
approve-push-qr-label = QR-code voor privacyIDEA Authenticator
approve-retry = Opnieuw proberen
approve-code-instead = De server van je organisatie stuurt hier geen testaanmeldingen naar de app. Test daarom met een code uit de app.
approve-code-step = Typ de code van zes cijfers die de app nu toont voor { $account } en kies [Verifiëren].
approve-code-ok = De code klopt: aanmelden met de app werkt.
approve-waiting = Wachten op je antwoord op de telefoon…
approve-type-hint = Met het toetsenbord: typ het getal, het komt op de oefentelefoon; druk dan op Enter voor [Ja].
approve-approved = Goedgekeurd. Het instellen van { $app } is voltooid. Kies [Gereed].
approve-denied = Je hebt op de telefoon nee geantwoord, dus de aanmelding is geweigerd. Verstuur een nieuwe test.
approve-wrong-number = Dat was niet het getal dat hier staat, dus de aanmelding is geweigerd. Verstuur een nieuwe test.
approve-timed-out = De telefoon heeft niet op tijd geantwoord. Verstuur een nieuwe test.
approve-done = Gereed

## De oefentelefoon
phone-caption = Oefentelefoon
phone-notification-title = Aanmelding goedkeuren?
phone-notification-body = { $account }
phone-notification-hint = Kies wat je computer toont.
phone-type-hint = Voer het getal in dat wordt weergegeven om u aan te melden.
phone-approve = Goedkeuren
phone-deny = Weigeren
phone-ms-yes = Ja
phone-ms-no = Nee, ik ben het niet
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
finish-next-time-code = Als je je de volgende keer aanmeldt, typ je de code die de app toont, net als bij de test.
finish-see-also = Lees ook:
finish-read-more = de beveiligingspagina van { $organisation }.
finish-open-help = Beveiligingspagina openen
finish-restart = Opnieuw beginnen voor de volgende persoon
finish-training-note = Dit was een oefening: er is geen echt account gewijzigd.
finish-link-failed = De browser kon niet worden geopend. Het adres is { $url }

## Foutmeldingen
error-code-empty = Typ de code die de app toont.
error-code-not-digits = Een code bestaat alleen uit cijfers. Spaties mogen.
error-code-length = Een code heeft 6 cijfers (bij sommige accounts 8); je typte er { $count }.
error-wrong-code = { $left ->
    [one] Die code klopt niet. Controleer de code en probeer het opnieuw. Nog één poging, daarna moet je even wachten.
   *[other] Die code klopt niet. Controleer de code en probeer het opnieuw. Nog { $left } pogingen.
}
error-attempts-left = { $left ->
    [one] Nog één poging, daarna moet je even wachten.
   *[other] Nog { $left } pogingen.
}
error-code-reused = Deze code is al gebruikt. Wacht tot de app een nieuwe code toont; die verandert elke 30 seconden.
error-code-expired = Deze code is verlopen. Vraag een nieuwe code aan.
error-cool-down = Te veel foute codes. Probeer het over { $seconds } seconden opnieuw.
error-resend-too-soon = Je kunt over { $seconds } seconden een nieuwe code aanvragen.
error-out-of-order = Hiervoor is eerst een eerdere stap nodig. Ga terug en maak die stap af.
error-invalid-account = Gebruik je naam of e-mailadres, zonder dubbele punt, hoogstens 64 tekens.
error-timeout = De server heeft niet op tijd geantwoord. Controleer je verbinding en probeer het opnieuw.
error-unreachable = De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.
error-server = De server weigerde dit. Probeer het opnieuw; blijft het gebeuren, geef dit dan door aan je IT-afdeling.
details-for-it = Details voor IT: { $detail }
closing-busy = Bezig met afsluiten: wat onaf op de server staat, wordt verwijderd…
error-code-rejected = De server heeft deze code niet geaccepteerd. Controleer of je de code typt die de app nu toont en probeer het opnieuw.
error-sign-in-incomplete = Typ zowel je gebruikersnaam als je wachtwoord.
error-name-empty = Typ je naam of e-mailadres.
error-wrong-password = De gebruikersnaam of het wachtwoord klopt niet. Controleer beide en probeer het opnieuw.
error-unknown-realm = De server kent de organisatie "{ $realm }" niet. Vraag je IT-afdeling welke je moet gebruiken.
error-account-locked = Dit account mag hier niet aanmelden: het is geblokkeerd. Je IT-afdeling kan de blokkade opheffen.
error-session-expired = Je aanmelding bij de server is verlopen. Meld je opnieuw aan met je wachtwoord; daarna ga je verder waar je was.
error-not-allowed = De server staat dit niet toe voor jouw account. Vraag je IT-afdeling.
error-bad-answer = Het antwoord van de server was niet te gebruiken; er is niets veranderd. Probeer het opnieuw; blijft het gebeuren, geef dit dan door aan je IT-afdeling.
error-ca-file = Het certificaatbestand van de organisatie ({ $path }) kan niet worden gebruikt. Vraag je IT-afdeling.
error-server-fault = De server had een probleem (HTTP { $status }). Er is niets veranderd; probeer het zo opnieuw.
error-untrusted = Het beveiligingscertificaat van de server wordt op deze computer niet vertrouwd. Vraag je IT-afdeling; mogelijk moet het certificaat van de organisatie worden ingesteld (ca_file).
error-insecure = Het serveradres moet met https:// beginnen (alleen een server op deze computer mag http:// gebruiken).
provider-unusable = privacyIDEA kan niet worden gebruikt: { $reason } Tot dat is opgelost, werkt de assistent in oefenmodus: er wordt niets echt ingesteld.
provider-missing-server = er is geen server ingesteld (--server, of server in het privacyidea-deel van het instellingenbestand).
provider-bad-server = "{ $server }" is geen serveradres (bijvoorbeeld https://mfa.example.org).
provider-missing-realm = er is geen realm ingesteld (--realm, of realm in het privacyidea-deel van het instellingenbestand).


## The phone's clock settings (diagnosis: phone clock off)
picture-clock-path-android = Instellingen › Datum en tijd
picture-clock-title-android = Datum en tijd
label-clock-automatic-android = Tijd automatisch instellen
picture-clock-zone-android = Tijdzone automatisch instellen
picture-clock-path-iphone = Instellingen › Algemeen
picture-clock-title-iphone = Datum en tijd
label-clock-automatic-iphone = Stel automatisch in
picture-clock-zone-iphone = Tijdzone

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

## microsoft365 (service: aanmelden, Graph, instellingen; de schermen voegen hun eigen teksten toe)
m365-error-consent-missing = IT heeft deze assistent nog niet goedgekeurd in Microsoft 365, dus hij kan niet controleren wat je instelt. Volg de stappen toch: ze werken hetzelfde. Aan het eind staat er "niet gecontroleerd".
m365-error-unknown-tenant = Microsoft kent de organisatie niet die voor deze assistent is ingesteld (tenant). Vraag je IT-afdeling de instellingen na te kijken.
m365-error-app-not-registered = Deze assistent is niet geregistreerd in de Microsoft 365 van je organisatie (client-id). Vraag je IT-afdeling de instellingen na te kijken.
m365-error-wrong-account = Je hebt je aangemeld met een account van een andere organisatie. Meld je opnieuw aan met je werkaccount.
m365-error-cancelled = Het aanmelden is in de browser geannuleerd. Er is niets veranderd; je kunt je opnieuw aanmelden.
m365-error-no-browser = Er kon geen webbrowser worden geopend. Open zelf een browser, of vraag het je IT-afdeling.
m365-error-sign-in-timed-out = Het aanmelden duurde te lang en is gestopt. Meld je opnieuw aan.
m365-error-no-loopback = De assistent kan het antwoord van de browser op deze computer niet ontvangen ({ $detail }). Vraag het je IT-afdeling.
m365-error-forbidden = Microsoft laat deze assistent je aanmeldmethoden niet lezen. Volg de stappen toch; zeg tegen je IT-afdeling dat het lezen van verificatiemethoden niet is toegestaan.
m365-error-throttled = Microsoft vraagt de assistent even te wachten. Over { $seconds } seconden kijkt hij opnieuw.
m365-error-blocked-by-policy = De toegangsregels van je organisatie (voorwaardelijke toegang) laten deze assistent je niet aanmelden, dus hij kan niet controleren wat je instelt. Volg de stappen toch: ze werken hetzelfde. Geef dit door aan je IT-afdeling: AADSTS{ $code }.
m365-error-refused = Microsoft heeft het aanmelden geweigerd. Geef dit door aan je IT-afdeling: { $error } (AADSTS{ $code }).
m365-session-expired = Je aanmelding bij Microsoft is verlopen. Meld je opnieuw aan; daarna ga je verder waar je was.
m365-unusable = Microsoft 365 kan niet worden gebruikt: { $reason } Tot dat is opgelost, werkt de assistent in oefenmodus: er wordt niets gecontroleerd.
m365-settings-missing-tenant = er is geen tenant ingesteld (tenant in het microsoft365-deel van het instellingenbestand).
m365-settings-bad-tenant = "{ $tenant }" is geen tenant (een tenant-id of een domein zoals contoso.com).
m365-settings-missing-client-id = er is geen app-registratie ingesteld (client_id in het microsoft365-deel van het instellingenbestand).
m365-settings-bad-url = "{ $value }" is geen webadres (bij { $key } in het microsoft365-deel van het instellingenbestand).
m365-loopback-done-heading = Je bent aangemeld
m365-loopback-done = Je kunt dit tabblad sluiten en teruggaan naar de assistent.
m365-loopback-failed-heading = Aanmelden is niet gelukt
m365-loopback-failed = Je kunt dit tabblad sluiten. De assistent vertelt je wat je nu kunt doen.
m365-loopback-stale-heading = Deze pagina hoort bij een eerdere aanmelding
m365-loopback-stale = Je kunt dit tabblad sluiten. Wil je je aanmelden, begin dan opnieuw vanuit de assistent.

## IT settings and the organisation's look (packaging, issue 14)
# De organisatie in een zin als IT er geen noemde (een standaardnaam is van niemand).
organisation-yours = je organisatie
it-set-by-it = Ingesteld door IT
it-set-by-it-address = Ingesteld door IT: { $address }
it-locked-ignored = { $setting } is op deze computer ingesteld door IT; de waarde uit { $source } wordt niet gebruikt.
it-lock-unknown = Het instellingenbestand van IT, { $file }, zet "{ $name }" vast (regel { $line }), maar die instelling kent deze versie niet. De rest van het bestand wordt gebruikt.
config-error-left-out = Het instellingenbestand { $file } kon niet worden gelezen (regel { $line }): { $detail }. De assistent gaat verder zonder dit bestand.
config-phone-optional-true = De instelling phone_optional = true (microsoft365) is ouder: ze telt nog (het telefoonnummer wordt aangeboden, niet vereist). De nieuwere instelling is methods; met alleen "authenticator" daarin wordt de telefoon overgeslagen.
config-phone-optional-false = De instelling phone_optional (microsoft365) is ouder en verandert hier niets. De nieuwere instelling is methods: wat de assistent instelt, een of meer van "authenticator", "passkey" en "phone".
config-phone-optional-unused = De instelling phone_optional (microsoft365) wordt niet gebruikt: methods zegt wat de assistent instelt.
brand-accent-refused = De kleur { $colour } in { $file } (regel { $line }) wordt niet gebruikt: witte tekst erop haalt maar een contrast van { $ratio }:1, en er is minstens 4,5:1 nodig om het goed te lezen. De assistent houdt zijn eigen kleur.
brand-logo-unreadable = Het logo { $file } kan niet worden getoond: { $reason }. De assistent werkt verder zonder logo.
brand-logo-missing = het bestand bestaat niet
brand-logo-not-allowed = de assistent mag het niet lezen
brand-logo-read-failed = het lezen is mislukt
brand-logo-too-large = het is te groot (hoogstens 4 MB, en 8192 pixels breed en hoog)
brand-logo-not-an-image = het is geen PNG- of SVG-afbeelding
brand-logo-damaged = de afbeelding is beschadigd

## diagnosis: waarom een code geweigerd is (src/service/diagnosis)
diagnosis-amount = { $unit ->
    [hours] { $count ->
        [one] 1 uur
        [24] een hele dag
       *[other] { $count } uur
    }
   *[minutes] { $count ->
        [one] ongeveer 1 minuut
       *[other] ongeveer { $count } minuten
    }
}
diagnosis-clock = { $way ->
    [ahead] { $certain ->
        [yes] De klok van je telefoon loopt { $amount } voor: deze code hoort bij een later tijdstip.
       *[no] Het lijkt erop dat de klok van je telefoon { $amount } voorloopt: deze code hoort bij een later tijdstip.
    }
   *[behind] { $certain ->
        [yes] De klok van je telefoon loopt { $amount } achter: deze code hoort bij een eerder tijdstip.
       *[no] Het lijkt erop dat de klok van je telefoon { $amount } achterloopt: deze code hoort bij een eerder tijdstip.
    }
} Zet datum en tijd op je telefoon op automatisch en typ dan de code die de app toont.
diagnosis-clock-accepted = { $way ->
    [ahead] Geaccepteerd, maar de klok van je telefoon loopt { $amount } voor.
   *[behind] Geaccepteerd, maar de klok van je telefoon loopt { $amount } achter.
} Zet datum en tijd op je telefoon op automatisch voordat de klok verder afwijkt: nog iets meer en de codes worden geweigerd.
diagnosis-pc-clock = { $way ->
    [ahead] Ook de klok van deze computer loopt { $amount } voor op die van de server.
   *[behind] Ook de klok van deze computer loopt { $amount } achter op die van de server.
} Zet je telefoon dus niet gelijk met deze computer.
diagnosis-clock-fix-android = Op Android: Instellingen → Datum en tijd (op sommige telefoons onder Systeem of Algemeen beheer) → zet "Tijd automatisch instellen" (of "Automatische datum en tijd") aan.
diagnosis-clock-fix-iphone = Op iPhone: Instellingen → Algemeen → Datum en tijd → zet "Stel automatisch in" aan.
diagnosis-code-used = { $seconds ->
    [0] Deze code is al gebruikt; elke code telt één keer. Typ de nieuwe code die de app nu toont.
    [one] Deze code is net al gebruikt; elke code telt één keer. Wacht op de volgende code: de app toont die over 1 seconde.
   *[other] Deze code is net al gebruikt; elke code telt één keer. Wacht op de volgende code: de app toont die over { $seconds } seconden.
}
diagnosis-earlier-qr = Deze code hoort bij het account van een eerdere QR-code. Dat account staat nog in je app: verwijder het uit de app en typ de code van het account dat je het laatst hebt gescand.
diagnosis-older-account = Deze codes passen niet bij dit account. Misschien staat er in je app nog een ouder account met dezelfde naam, van een eerdere poging (gisteren bijvoorbeeld). Toont de app twee accounts met deze naam, verwijder dan het oudste en typ de code van het nieuwste; weet je het niet zeker, verwijder dan beide en scan deze QR-code opnieuw.
diagnosis-ignored-settings = Je authenticator-app heeft de QR-code niet gevolgd.
diagnosis-ignored-algorithm = De QR-code vraagt om { $algorithm }; de app gebruikt SHA1.
diagnosis-ignored-digits = De QR-code vraagt om codes van { $digits } cijfers; de app toont er 6.
diagnosis-ignored-period = De QR-code vraagt om elke { $seconds } seconden een nieuwe code; de app wisselt elke 30 seconden.
diagnosis-ignored-advice = Codes van deze app werken niet voor dit account. Gebruik een authenticator-app die de QR-code volgt (zoals privacyIDEA Authenticator of FreeOTP), of vraag IT om deze tokens SHA1, 6 cijfers en 30 seconden te geven.
diagnosis-typo = { $kind ->
    [swapped] Twee cijfers naast elkaar lijken omgewisseld.
   *[digit] Eén cijfer lijkt verkeerd getypt.
} Vergelijk de code nog een keer cijfer voor cijfer met de app.
diagnosis-wrong-length = Deze code heeft { $typed } cijfers, maar de codes van dit account hebben er { $expected }. Typ de hele code die de app toont.
diagnosis-sms-earlier = Deze code komt uit een eerder sms-bericht. Gebruik de code uit het nieuwste bericht.
diagnosis-sms-expired = Deze code is verlopen: een code uit een sms-bericht is { $minutes } minuten geldig. Vraag een nieuwe code aan.

## trainer (src/room/: the training room, the dashboard, the trainee's link)
room-refusal-wrong-code = Verkeerde code
room-refusal-clock-off = Klok van de telefoon loopt verkeerd
room-refusal-used-already = Code al gebruikt
room-refusal-expired = Code verlopen
room-refusal-cool-down = Te veel pogingen, even wachten
room-refusal-sms-resend = Te snel een nieuwe sms gevraagd
room-refusal-approval-denied = Aanmelding geweigerd op de telefoon
room-refusal-wrong-number = Verkeerd getal gekozen
room-refusal-approval-timed-out = Aanmelding niet op tijd beantwoord
room-refusal-other = Geweigerd
room-stuck-offline = Al { $minutes } min offline
room-stuck-refusals = { $count } keer achter elkaar geweigerd
room-stuck-slow = { $time } op deze stap (de groep: minder dan { $limit })
room-link-joining = Verbinden met de trainingsruimte…
room-link-joined = In de trainingsruimte
room-link-unreachable = De trainer is niet bereikbaar. Ga gewoon door: je stappen worden bewaard en later verstuurd.
room-link-wrong-code = De code van de ruimte klopt niet. Vraag de trainer om de code.
room-hand-raise = Hand opsteken
room-hand-lower = Hand laten zakken
room-dashboard-title = Trainingsruimte
room-join-address = Doe mee via { $address }
room-join-code = Code { $code }
room-unnamed = Cursist { $number }
room-column-name = Naam
room-column-step = Stap
room-column-time = Tijd op stap
room-column-refusals = Geweigerd
room-column-hand = Hand
room-column-status = Status
room-online = Online
room-offline-since = Offline sinds { $time }
room-reset = Opnieuw voor de volgende
room-reset-all = Alles opnieuw
room-reset-pending = Opnieuw beginnen verstuurd…
room-reset-declined = Geen trainings-pc: niet opnieuw begonnen
room-chart-title = Tijd per stap (mediaan en langzaamste) en weigeringen
room-chart-median = Mediaan
room-chart-slowest = Langzaamste
room-export-csv = Exporteren als CSV
room-join-title = Meedoen in een trainingsruimte
room-join-field-address = Adres van de trainer
room-join-field-code = Code van de ruimte
room-join-invalid-address = Typ het adres dat de trainer laat zien, zoals http://192.168.1.20:7641.
room-join-invalid-code = De code van de ruimte heeft 6 cijfers.

## reliability (issue 13): server faults and the record of unfinished enrollments
error-server-busy = { $seconds ->
        [0] De server had het druk. Je kunt het nu opnieuw proberen.
        [one] De server heeft het druk en vroeg even te wachten. Probeer het over 1 seconde opnieuw.
       *[other] De server heeft het druk en vroeg even te wachten. Probeer het over { $seconds } seconden opnieuw.
    }
error-connection-lost = De verbinding met de server viel weg midden in het antwoord. Controleer je verbinding en probeer het opnieuw; wat half klaar was, wordt opgeruimd.
error-tls-failed = Er kon geen beveiligde verbinding met de server worden gemaakt. Misschien zit er iets tussen jou en de server. Probeer het opnieuw; blijft het gebeuren, geef dit dan door aan je IT-afdeling: { $detail }
error-web-page = Er antwoordde een webpagina in plaats van de server voor tweestapsverificatie (HTTP { $status }). Misschien zit er een proxy, een firewall of een aanmeldpagina van het netwerk tussen, of is het serveradres niet goed. Geef dit door aan je IT-afdeling.
journal-unfinished = De vorige keer stopte het instellen van tweestapsverificatie voor { $user } op { $server } bij de stap ‘{ $step }’. Meld je aan als { $user } om op te ruimen wat op de server half klaar bleef.
journal-cleaned = { $count ->
        [one] 1 onafgemaakte registratie van een eerdere poging is van de server verwijderd.
       *[other] { $count } onafgemaakte registraties van een eerdere poging zijn van de server verwijderd.
    }
journal-error-corrupt = Een notitie over een onafgemaakte instelling kon niet worden gelezen ({ $path }). Je kunt gewoon verder: bij het aanmelden wordt opgeruimd wat op de server achterbleef.
journal-error-version = Een notitie over een onafgemaakte instelling komt van een andere versie van deze assistent ({ $path }, versie { $version }). Je kunt gewoon verder: bij het aanmelden wordt opgeruimd wat op de server achterbleef.
journal-error-unwritable = De assistent kan zijn notities niet bewaren in { $path } ({ $detail }). Je kunt gewoon verder, maar als de assistent halverwege stopt, kan hij je de volgende keer niet vertellen wat half klaar bleef.
journal-error-no-place = Deze computer heeft geen map voor de notities van de assistent. Je kunt gewoon verder, maar als de assistent halverwege stopt, kan hij je de volgende keer niet vertellen wat half klaar bleef.

## trainer UI (src/dashboard/: the trainer's window; src/app/room.rs: the trainee's link)
room-join-intro = Doe je mee aan een training? Typ het adres en de code die de trainer laat zien, dan ziet de trainer hoe het met je gaat. Alleen je stappen en je naam (zonder wat na een @ komt) worden verstuurd, nooit een code of een wachtwoord.
room-join-button = Meedoen
room-summary = In de ruimte: { $count } · Vast: { $stuck } · Handen omhoog: { $hands }
room-waiting = Nog niemand doet mee. Op elke pc: mfa-assistant --room { $address } --room-code { $code }
room-hand-up = Hand omhoog
room-reset-all-question = Elke pc in de ruimte begint opnieuw voor de volgende.
room-reset-all-yes = Ja, alle { $count } opnieuw
room-reset-failed = Opnieuw beginnen kon niet worden verstuurd. Probeer het nog eens.
room-export-saved = Rapport bewaard als { $path }
room-export-failed = Het rapport kon niet worden bewaard in { $folder }.
room-chart-refusals = Geweigerd
room-chart-empty = De tijden verschijnen zodra iemand een stap heeft afgerond.
room-chart-here = { $count } nu hier
room-link-room-full = De trainingsruimte is vol. Vraag de trainer om ruimte; deze pc probeert het elke minuut opnieuw. Ga gewoon door: je stappen worden bewaard.
room-link-slow-down = De trainer vraagt deze pc om even te wachten. Ga gewoon door: je laatste stap wordt zo verstuurd.
room-door-trying = Iemand probeert codes voor de ruimte uit: { $count } verkeerde codes. Geef de ruimte een nieuwe code (toets N); wie al meedoet, blijft erin.
room-new-code = Nieuwe code (N)
room-new-code-failed = De ruimte kon geen nieuwe code krijgen. Probeer het nog eens.
room-door-full = Ruimte vol: { $count } keer iemand niet binnengelaten.
room-exporting = Rapport wordt bewaard…

## microsoft365-schermen (naast Microsofts eigen pagina's; ms-… zijn Microsofts labels zoals de pagina's en de app ze tonen)
step-ms-sign-in = Aanmelden
step-ms-more-info = Meer info
step-ms-get-app = App
step-ms-set-up = Account
step-ms-scan = Scannen
step-ms-try-it = Testen
step-ms-phone = Telefoon
step-ms-code = Code
step-ms-success = Gelukt
step-ms-passkey-ready = Telefoon klaar
step-ms-passkey-add = Passkey
m365-sign-in-title = Aanmelden met je werkaccount
m365-sign-in-1 = Kies [Aanmelden bij Microsoft]. Je browser opent de aanmeldpagina van Microsoft.
m365-sign-in-2 = Meld je aan met je werkaccount (dat van je e-mail) en kom dan hier terug. De assistent leest alleen wat je instelt; hij verandert niets.
m365-sign-in-3 = Staat er op de pagina [Meer informatie vereist]? Dan wil Microsoft eerst je app en telefoon: kies hier [Volgende] en volg de stappen naast de pagina's van Microsoft. Het aanmelden wordt aan het eind vanzelf afgerond.
m365-sign-in-button = Aanmelden bij Microsoft
m365-sign-in-waiting = Wachten tot je je in de browser hebt aangemeld…
m365-device-button = Aanmelden op een ander apparaat
m365-device-open = Open op een ander apparaat { $uri } en typ deze code:
m365-signed-in = Aangemeld als { $account }.
m365-on-record-at-sign-in = Je hebt dit tijdens het aanmelden al ingesteld: Microsoft heeft het al. Kies [Naar het eind].
m365-to-finish = Naar het eind
m365-go-on-unchecked = Verder zonder controle
m365-ticks-heading = Je aanmeldmethoden bij Microsoft
m365-tick-app = { $state ->
    [new] Microsoft Authenticator op { $device } (nieuw)
   *[kept] Microsoft Authenticator op { $device } (was al bekend bij Microsoft)
}
m365-tick-app-no-device = { $state ->
    [new] Microsoft Authenticator (nieuw)
   *[kept] Microsoft Authenticator (was al bekend bij Microsoft)
}
m365-tick-phone = { $state ->
    [new] Mobiele telefoon { $number } (nieuw)
   *[kept] Mobiele telefoon { $number } (was al bekend bij Microsoft)
}
m365-tick-app-waiting = Microsoft Authenticator: nog niet geregistreerd.
m365-tick-phone-waiting = Mobiele telefoon: nog niet geregistreerd.
m365-tick-phone-optional = Mobiele telefoon: nog niet geregistreerd (je organisatie vraagt er niet om).
m365-check-after-sign-in = Zodra het aanmelden klaar is, kijkt de assistent wat Microsoft heeft.
m365-check-not-signed-in = Als je bent aangemeld, kijkt de assistent wat Microsoft heeft.
m365-reading = De assistent leest wat Microsoft heeft…
m365-retrying = { $seconds ->
    [one] Microsoft antwoordt nu even niet; over 1 seconde kijkt de assistent opnieuw. Je kunt gewoon verder.
   *[other] Microsoft antwoordt nu even niet; over { $seconds } seconden kijkt de assistent opnieuw. Je kunt gewoon verder.
}
m365-not-checked = Niet gecontroleerd: { $reason } Volg de stappen toch: ze werken hetzelfde.
m365-reason-consent = IT heeft deze assistent nog niet goedgekeurd in Microsoft 365.
m365-reason-forbidden = Microsoft laat deze assistent je aanmeldmethoden niet lezen; meld het bij je IT-afdeling.
m365-more-info-title = Meer informatie vereist
m365-more-info-1-opened = De assistent heeft { $page } in je browser geopend. Meld je daar aan als Microsoft erom vraagt.
m365-more-info-1-sign-in = Je browser toont de pagina van Microsoft van het aanmelden.
m365-more-info-2 = Op de pagina staat [Meer informatie vereist]. Kies [Volgende].
m365-open-page = { $page } openen
m365-get-app-title = Begin met de app
m365-get-app-1 = Op de pagina staat [Uw account veilig houden] en onder [Microsoft Authenticator]: [Begin met het downloaden van de app].
m365-get-app-2 = Je hebt { $app } in stap 2 geïnstalleerd. Nog niet? Ga dan eerst terug naar de app installeren.
m365-get-app-3 = Geïnstalleerd? Kies op de pagina [Volgende].
m365-set-up-title = Je account instellen
m365-set-up-1 = Open { $app } op je telefoon. Sta meldingen toe als de app daarom vraagt: die heb je nodig om aanmeldingen goed te keuren.
m365-set-up-2 = Tik op [+] en kies [Werk of school].
m365-set-up-3 = Kies [QR-code scannen]. De camera gaat open.
m365-set-up-4 = Kies op de pagina [Volgende].
m365-scan-title = De QR-code scannen
m365-scan-1 = Richt de camera van je telefoon op de QR-code op de pagina van Microsoft.
m365-scan-2 = De app toont nu je werkaccount. Kies op de pagina [Volgende].
m365-scan-3 = Scant de camera de code niet? Kies op de pagina [Kunt u de afbeelding niet scannen?] en typ de code en URL die dan verschijnen in de app.
m365-try-it-title = Uitproberen
m365-try-it-1 = De pagina toont een getal en je telefoon krijgt een melding van Microsoft Authenticator.
m365-try-it-2 = Typ het getal in de app en tik op [Ja]. (Oudere versies van de app vragen om [Goedkeuren].)
m365-try-it-3 = Op de pagina staat [Melding goedgekeurd]. Kies [Volgende].
m365-example-number = Het getal 42 op de plaatjes is een voorbeeld: typ het getal dat op jouw pagina staat.
m365-phone-title = Je telefoonnummer toevoegen
m365-phone-1 = Daarna vraagt Microsoft om een telefoonnummer, voor als de app een keer niet werkt.
m365-phone-2 = Kies bij [Selecteer een land of regio] waar je nummer vandaan komt en typ je mobiele nummer.
m365-phone-3 = Kies [Code per sms-bericht verzenden] en daarna [Volgende].
m365-code-title = Typ de code uit de sms
m365-code-1 = Er komt een sms met een code van zes cijfers op je telefoon.
m365-code-2 = Typ de code op de pagina van Microsoft en kies [Verifiëren].
m365-code-3 = De pagina meldt dat je telefoon is geregistreerd. Kies [Volgende].
m365-success-title = Gelukt!
m365-success-1 = Op de pagina staat [Gelukt!]: je beveiligingsgegevens zijn ingesteld.
m365-success-2 = Kies [Gereed]. Vraagt Microsoft het, keur de aanmelding dan goed op je telefoon, net als bij de test.
m365-finish-title-waiting = Bijna klaar
m365-finish-missing = Microsoft toont nog niet alles. Ben je net klaar op de pagina van Microsoft? Wacht even: deze lijst werkt zichzelf bij.
m365-finish-title-unchecked = De stappen zijn klaar
m365-finish-not-checked = Niet gecontroleerd: de assistent kon bij Microsoft niet lezen wat je hebt ingesteld. { $reason } Je IT-afdeling kan het voor je nakijken.
m365-finish-on-record = Je hebt dit tijdens het aanmelden ingesteld; Microsoft had het al.
ms-sign-in-heading = Aanmelden
ms-sign-in-field = E-mail, telefoon of Skype
ms-next = Volgende
ms-back = Terug
ms-more-info-heading = Meer informatie vereist
ms-more-info-body = Uw organisatie heeft meer informatie nodig om uw account veilig te houden
ms-more-info-other = Een ander account gebruiken
ms-more-info-learn = Meer informatie
ms-wizard-heading = Uw account veilig houden
ms-wizard-body = Uw organisatie vereist dat u de volgende methoden instelt om te bewijzen wie u bent.
ms-wizard-method-app = Methode 1 van { $total }: App
ms-wizard-method-phone = Methode 2 van 2: Telefoon
ms-get-app-heading = Begin met het downloaden van de app
ms-get-app-body = Installeer de Microsoft Authenticator-app op uw telefoon.
ms-get-app-download = Nu downloaden
ms-get-app-after = Nadat u de Microsoft Authenticator-app op uw apparaat hebt geïnstalleerd, kiest u Volgende.
ms-other-app = Ik wil een andere verificator-app gebruiken
ms-set-up-heading = Uw account instellen
ms-set-up-body = Als u hierom wordt gevraagd, staat u meldingen toe. Voeg vervolgens een account toe en selecteer Werk of school.
ms-scan-heading = De QR-code scannen
ms-scan-body = Gebruik de Microsoft Authenticator-app om de QR-code te scannen. Hiermee wordt de Microsoft Authenticator-app verbonden met uw account.
ms-scan-after = Nadat u de QR-code hebt gescand, kiest u Volgende.
ms-scan-cant = Kunt u de afbeelding niet scannen?
ms-try-heading = Laten we het uitproberen
ms-try-body = Keur de melding goed die we naar uw app verzenden door het onderstaande nummer in te voeren.
ms-try-approved = Melding goedgekeurd
ms-phone-heading = Telefoon
ms-phone-body = U kunt bewijzen wie u bent door een oproep op uw telefoon te beantwoorden of door een code naar uw telefoon te laten sms'en.
ms-phone-question = Welk telefoonnummer wilt u gebruiken?
ms-phone-country = Selecteer een land of regio
ms-phone-number = Telefoonnummer invoeren
ms-phone-text = Code per sms-bericht verzenden
ms-phone-call = Mij bellen
ms-code-verified = Sms geverifieerd. Uw telefoon is geregistreerd.
ms-code-body = We hebben zojuist een code van 6 cijfers naar { $number } verzonden. Voer de code hieronder in.
ms-code-field = Code invoeren
ms-code-resend = Code opnieuw verzenden
ms-verify = Verifiëren
ms-success-heading = Gelukt!
ms-success-body = Goed gedaan! U hebt uw beveiligingsgegevens ingesteld. Kies Gereed om door te gaan met aanmelden.
ms-success-default = Standaardaanmeldingsmethode: Microsoft Authenticator - melding
ms-done = Gereed
ms-app-personal = Persoonlijk account
ms-app-sign-in = Aanmelden
ms-app-trying = Probeert u zich aan te melden?
ms-app-sms-sender = Microsoft
ms-app-sms-text = Gebruik verificatiecode ●●●●●● voor Microsoft-verificatie.
m365-signed-in-next = Kies [Volgende]: de assistent opent { $page }, de pagina van Microsoft waar je de app en je telefoon instelt.

## Het einde van Microsofts sms-berichten
date-long = { $day } { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
} { $year }
m365-texts-ending = Microsoft stuurt deze codes per sms nog tot { $date }. Daarna meld je je aan met Microsoft Authenticator (de melding of de code in de app) of met een passkey; het telefoonnummer helpt je dan niet meer bij het aanmelden.
m365-texts-ended = Sinds { $date } stuurt Microsoft geen aanmeldcodes meer per sms. Daarom slaat deze handleiding het telefoonnummer over.
m365-texts-off = Je organisatie gebruikt geen sms voor het aanmelden. Daarom slaat deze handleiding het telefoonnummer over.
m365-backup-app = Komt een melding niet aan, meld je dan aan met de code die Microsoft Authenticator toont: dat is nu je reserve.
m365-backup-app-missing = Zodra Microsoft hierboven Microsoft Authenticator toont, is de code uit de app je reserve voor als een melding niet aankomt.
m365-backup-passkey = Ook een passkey in Microsoft Authenticator kan een reserve zijn; een volgende versie van deze assistent helpt je daarbij. Tot dan: kies op de pagina Beveiligingsgegevens [Aanmeldingsmethode toevoegen] en daarna de passkey in Microsoft Authenticator.
m365-tick-phone-not-backup-ended = Mobiele telefoon { $number }: bekend bij Microsoft, maar Microsoft stuurt er geen codes meer naartoe. Hij telt dus niet als je reserve.
m365-tick-phone-not-backup-off = Mobiele telefoon { $number }: bekend bij Microsoft, maar je organisatie gebruikt geen sms. Hij telt dus niet als je reserve.
m365-tick-passkey-authenticator = { $state ->
    [new] Passkey in Microsoft Authenticator op { $device } (nieuw)
   *[kept] Passkey in Microsoft Authenticator op { $device } (was al bekend bij Microsoft)
}
m365-tick-passkey = { $state ->
    [new] Passkey { $name } (nieuw)
   *[kept] Passkey { $name } (was al bekend bij Microsoft)
}
m365-backup-passkey-on-record = Ook je passkey hierboven is een reserve: kies hem waar het aanmelden bij Microsoft dat aanbiedt.
m365-backup-passkey-route = Ook een passkey in Microsoft Authenticator is een reserve: ga terug naar de passkeystap om hem toe te voegen; hij staat hierboven zodra Microsoft hem heeft.
m365-finish-next-time-passkey = Als je je de volgende keer aanmeldt, kies je je passkey waar Microsoft die aanbiedt: je telefoon vraagt dan om je vingerafdruk, gezicht of schermvergrendeling.

## Een passkey in Microsoft Authenticator (issue 21): de twee schermen.
m365-passkey-ready-title = Is je telefoon klaar voor een passkey?
m365-passkey-ready-version-android = Je telefoon heeft Android 14 of nieuwer nodig. Zo zie je het: open [Instellingen] en dan [Over de telefoon]; daar staat de Android-versie (op sommige telefoons onder [Softwaregegevens]).
m365-passkey-ready-version-iphone = Je iPhone heeft iOS 17 of nieuwer nodig. Zo zie je het: open [Instellingen] › [Algemeen] › [Info]; daar staat de iOS-versie.
m365-passkey-ready-provider-android = Maak Microsoft Authenticator de passkeyprovider van je telefoon: open in [Instellingen] het onderdeel [Wachtwoorden, toegangssleutels en accounts] en zet onder [Extra providers] de schakelaar bij [Authenticator] aan. Elk merk noemt dit net iets anders.
m365-passkey-ready-provider-iphone = Maak Microsoft Authenticator de passkeyprovider van je iPhone. Op iOS 18: [Instellingen] › [Algemeen] › [Automatisch invullen en wachtwoorden], en zet [Authenticator] aan. Op iOS 17: [Instellingen] › [Wachtwoorden] › [Wachtwoordopties], en zet [Authenticator] aan.
m365-passkey-ready-search = Kun je het niet vinden? Open [Instellingen] en zoek op [passkey] (Apple en Google noemen het ook 'toegangssleutel').
m365-passkey-ready-next = Klaar? Kies hier [Volgende].
m365-passkey-add-title = Voeg de passkey toe
m365-passkey-add-1 = Kies op Mijn beveiligingsgegevens [+ Aanmeldingsmethode toevoegen], dan [Wachtwoordsleutel in Microsoft Authenticator] (Microsofts woord voor passkey) en [Toevoegen].
m365-passkey-add-2 = Het eenvoudigst: tik op je telefoon in Microsoft Authenticator op [+], dan op [Werk of school], en meld je aan.
m365-passkey-add-3 = Of scan de QR-code van de pc met de gewone camera-app van je telefoon, niet met de scanner van Authenticator. Bluetooth moet aan, op telefoon en pc.
m365-passkey-add-4 = Bewaar de passkey in Authenticator als de telefoon erom vraagt (vingerafdruk, gezicht of schermvergrendeling).
m365-open-security-info = Mijn beveiligingsgegevens openen
m365-passkey-none-yet = Microsoft heeft nog geen passkey. Controleer dit, in deze volgorde:
m365-passkey-check-provider = Is Authenticator de passkeyprovider van je telefoon? Zie het vorige scherm, of zoek in Instellingen op "passkey".
m365-passkey-check-camera = Heb je de QR-code gescand met de camera-app van je telefoon? De scanner in Authenticator kan hem niet lezen.
m365-passkey-check-bluetooth = Staat Bluetooth aan, op de telefoon en op deze pc? De telefoon vindt de pc via Bluetooth.
m365-passkey-check-version-android = Heeft de telefoon Android 14 of nieuwer? ([Instellingen] › [Over de telefoon])
m365-passkey-check-version-iphone = Heeft de iPhone iOS 17 of nieuwer? ([Instellingen] › [Algemeen] › [Info])
m365-passkey-check-profile = Heeft je telefoon naast je eigen profiel een werkprofiel? Bewaar de passkey in het profiel waar de Authenticator van je werkaccount staat.
m365-passkey-check-helpdesk = Nog steeds niets? Misschien staat je organisatie niet toe dat je hier een passkey toevoegt; de helpdesk weet het.
m365-passkey-more-time = Geef me meer tijd
m365-tick-passkey-waiting = Passkey in Microsoft Authenticator: nog niet toegevoegd.
m365-tick-security-key = { $state ->
    [new] Beveiligingssleutel { $name } (nieuw)
   *[kept] Beveiligingssleutel { $name } (was al bekend bij Microsoft)
}
m365-tick-security-key-not-counted = Beveiligingssleutel { $name }: bekend bij Microsoft, maar je organisatie vraagt om een passkey in Microsoft Authenticator.
passkey-android-path = Instellingen
passkey-android-title = Wachtwoorden, toegangssleutels en accounts
passkey-android-group = Extra providers
passkey-android-varies = Elk merk noemt dit net iets anders.
passkey-iphone-path = Instellingen › Algemeen
passkey-iphone-title = Automatisch invullen en wachtwoorden
passkey-iphone-autofill = Vul wachtwoorden en toegangssleutels automatisch in
passkey-iphone-group = Gebruik wachtwoorden en toegangssleutels van:
passkey-iphone-17 = iOS 17: Instellingen › Wachtwoorden › Wachtwoordopties
passkey-provider = Authenticator
passkey-two-ways = Twee manieren
passkey-or = of
passkey-camera-app = Camera-app
passkey-not-scanner = Op de QR-code van de pc; niet de scanner van Authenticator.
passkey-bluetooth = Bluetooth
ms-security-info-heading = Beveiligingsgegevens
ms-security-info-body = Dit zijn de methoden die u gebruikt om u aan te melden bij uw account of om uw wachtwoord opnieuw in te stellen.
ms-add-method = + Aanmeldingsmethode toevoegen
ms-passkey-choose = Kies een methode
ms-passkey-method = Wachtwoordsleutel in Microsoft Authenticator
ms-cancel = Annuleren
ms-add = Toevoegen
ms-passkey-qr = Later kan de pc een QR-code tonen: scan die met de camera van de telefoon.
a11y-picture-passkey-provider = Tekening van de instellingen van je telefoon: { $path }, { $title }, met Authenticator aangezet.
a11y-picture-passkey-ways = Tekening van je telefoon: de twee manieren. Eén: in Microsoft Authenticator, plus, dan Werk of school. Twee: de camera-app op de QR-code van de pc, met Bluetooth aan.

## Wat een schermlezer voorleest (issue 22): namen voor wat getekend is, nooit getoond.
a11y-stepper = Stap { $current } van { $total }: { $name }
a11y-qr = QR-code om te scannen met de app op je telefoon, voor het account { $account }. Lukt scannen niet? De knop eronder toont de sleutel om in te typen.
a11y-key = De sleutel, in groepjes van vier tekens
a11y-ringed = Omcirkeld in de tekening: “{ $label }”
a11y-picture-phone = Tekening van je telefoon: wat die zal tonen.
a11y-picture-practice = De oefentelefoon, op het scherm getekend in plaats van je eigen telefoon. Die toont: { $shows }
a11y-picture-browser = Tekening van de pagina { $url } in je browser.
a11y-picture-store = Tekening van je telefoon: { $app } in { $store }.
a11y-picture-accounts = Tekening van je telefoon: { $app } met het account { $account }.
a11y-picture-accounts-code = Tekening van je telefoon: { $app } met het account { $account } en de code { $code }.
a11y-picture-camera = Tekening van je telefoon: de camera van { $app }, gericht op de code op je computer.
a11y-picture-empty = Tekening van je telefoon: { $app }, nog zonder accounts.
a11y-picture-clock = Tekening van de instellingen van je telefoon: { $path }, { $title }.
# Gezegd als het venster van de assistent de focus terugkrijgt (een
# beleefde regel voor de schermlezer): wat het scherm intussen te zeggen
# kreeg, zoals een vinkje van Microsoft.
a11y-while-away = Terwijl je in een ander venster was: { $changes }

## Het venster van de trainer zoals een schermlezer het voorleest (issue 22): nooit getoond.
a11y-room-heading = { room-dashboard-title }: code { $code }
a11y-room-table = Deelnemers
# De laatste kolom van de tabel (opnieuw per deelnemer) heeft op het scherm geen kop.
a11y-room-column-reset = Volgende persoon
# De knop om één deelnemer opnieuw te laten beginnen: het label op het scherm, en van wie.
a11y-room-reset = { room-reset }: { $name }
a11y-room-stuck-reason = Zit vast: { $reason }
a11y-room-chart-step = { $step }: mediaan { $median }, langzaamste { $slowest }; { $here } nu hier; { $refusals ->
    [one] 1 keer geweigerd
   *[other] { $refusals } keer geweigerd
}.
a11y-room-chart-step-none = { $step }: nog geen tijden; { $here } nu hier; { $refusals ->
    [one] 1 keer geweigerd
   *[other] { $refusals } keer geweigerd
}.
# Eén keer gezegd, beleefd, als een deelnemer vastzit of een hand opsteekt.
a11y-room-stuck = { $name } zit vast bij { $step }, al { $minutes ->
    [0] minder dan een minuut
    [one] 1 minuut
   *[other] { $minutes } minuten
}. { $reason }.
a11y-room-hand = { $name } steekt een hand op bij { $step }.
## Een nieuwe telefoon, en een kwijtgeraakte (issue 21, punt 3): de keuze op het welkomstscherm en drie schermen.
welcome-errand-question = Wat wil je doen?
welcome-errand-enroll = Tweestapsverificatie instellen
welcome-errand-new-phone = Ik heb een nieuwe telefoon
welcome-errand-lost-phone = Mijn oude telefoon is kwijt
welcome-errand-new-phone-note = Een nieuwe telefoon: die voeg je eerst toe op Beveiligingsgegevens van Microsoft, daarna verwijder je de oude. De assistent controleert allebei bij Microsoft.
step-ms-lost-phone = Telefoon kwijt
step-ms-new-phone-add = Nieuwe telefoon
step-ms-new-phone-remove = Oude telefoon
m365-lost-title = Telefoon kwijt: eerst een tijdelijke toegangspas
m365-lost-1 = Zonder je oude telefoon kun je je niet met een tweede stap aanmelden, dus je kunt nog niet zelf een nieuwe telefoon toevoegen.
m365-lost-2 = Vraag de helpdesk om een tijdelijke toegangspas (Temporary Access Pass, TAP): een code die je telefoon even vervangt. Vertel er ook bij dat je telefoon kwijt is.
m365-lost-helpdesk = De helpdesk: { $contact }.
m365-lost-helpdesk-unknown = Alleen de helpdesk van je organisatie kan je de pas geven; de assistent kan dat niet.
m365-lost-3 = Als je je zo bij Microsoft aanmeldt, staat er [Tijdelijke toegangspas invoeren]: typ daar de pas en kies [Aanmelden].
m365-lost-4 = Heb je de pas? Kies [Volgende]. Eerst installeer je de app op je nieuwe telefoon.
ms-tap-heading = Tijdelijke toegangspas invoeren
ms-tap-field = Tijdelijke toegangspas
ms-tap-sign-in = Aanmelden
m365-new-phone-signed-in = De assistent onthoudt wat Microsoft nu toont als dat van je oude telefoon. Kies [Volgende] en voeg de nieuwe telefoon toe.
m365-new-phone-add-title = Voeg je nieuwe telefoon toe
m365-new-phone-add-1 = Kies op Mijn beveiligingsgegevens [+ Aanmeldingsmethode toevoegen], dan [Microsoft Authenticator] en [Toevoegen]. Kies op de pagina van Microsoft [Volgende] tot er een QR-code staat.
m365-new-phone-add-2 = Open op de nieuwe telefoon { $app }, tik op [+] en kies [Werk of school], dan [QR-code scannen], en scan de code op de pagina.
m365-new-phone-add-3 = Microsoft stuurt een testmelding naar de nieuwe telefoon: typ het getal van de pagina in de app en tik op [Ja].
m365-new-phone-add-4 = Laat de oude telefoon nog even staan: verwijder die pas als Microsoft de nieuwe toont, in de volgende stap.
ms-authenticator-method = Microsoft Authenticator
m365-tick-new-app-waiting = Nieuwe telefoon: Microsoft Authenticator staat er nog niet bij.
m365-tick-new-passkey-waiting = Nieuwe telefoon: wachtwoordsleutel in Microsoft Authenticator staat er nog niet bij.
m365-method-app = { $device ->
    [none] Microsoft Authenticator
   *[other] Microsoft Authenticator op { $device }
}
m365-method-passkey = { $device ->
    [none] Wachtwoordsleutel in Microsoft Authenticator
   *[other] Wachtwoordsleutel in Microsoft Authenticator op { $device }
}
m365-tick-new = Nieuwe telefoon: { $method }
m365-tick-old-left = Oude telefoon: { $method }, staat er nog
m365-tick-old-gone = Oude telefoon: { $method }, verwijderd
m365-tick-no-old = Toen je je aanmeldde, toonde Microsoft niets van een oude telefoon: er is niets te verwijderen.
m365-new-phone-remove-title = Verwijder je oude telefoon
m365-new-phone-remove-wait = Microsoft toont je nieuwe telefoon nog niet. Laat de oude staan tot dat wel zo is: verwijder je die eerst, dan heb je misschien geen telefoon meer om je mee aan te melden.
m365-new-phone-remove-1 = Zoek op Mijn beveiligingsgegevens de [Microsoft Authenticator] van je oude telefoon en kies ernaast [Verwijderen]. Bevestig met [OK].
m365-new-phone-remove-2 = Staat er een [Wachtwoordsleutel in Microsoft Authenticator] van de oude telefoon? Verwijder die op dezelfde manier.
m365-new-phone-remove-same = Twee met dezelfde naam? Op de pagina van Microsoft zie je geen verschil, maar de assistent kent ze uit elkaar: verwijder er een, en de lijst hier zegt of het de oude was. Was het de nieuwe? Ga een stap terug en voeg de nieuwe telefoon opnieuw toe.
m365-new-phone-removed = Van de oude telefoon staat niets meer bij Microsoft. Kies [Volgende].
ms-delete = Verwijderen
m365-new-phone-finish-title = Je nieuwe telefoon is ingesteld
m365-new-phone-finish-old-left = Microsoft toont nog iets van je oude telefoon (zie hierboven). Verwijder het op Mijn beveiligingsgegevens: deze lijst werkt zichzelf bij.
a11y-picture-tap = Tekening van de aanmeldpagina van Microsoft: Tijdelijke toegangspas invoeren, een veld voor de pas, en Aanmelden.
a11y-picture-security-info-delete = Tekening van Beveiligingsgegevens: je aanmeldingsmethoden, elk met Verwijderen ernaast; de Microsoft Authenticator van de oude telefoon is omcirkeld.

## De oefenpasskey van de training (issue 21, punt 4): de twee schermen en de oefentelefoon.
practice-passkey-ready-title = Oefenen: is de telefoon klaar voor een passkey?
practice-passkey-ready-practise = Oefen het hier: kies op de oefentelefoon [Aanzetten] naast [Authenticator].
practice-passkey-ready-waiting = Authenticator is nog niet de passkeyprovider van de oefentelefoon.
practice-passkey-ready-done = Authenticator is nu de passkeyprovider van de oefentelefoon. Kies Volgende.
practice-passkey-add-title = Oefenen: voeg de passkey toe
practice-passkey-add-1 = Op je echte pc begin je op Mijn beveiligingsgegevens: [+ Aanmeldingsmethode toevoegen], dan [Wachtwoordsleutel in Microsoft Authenticator] en [Toevoegen].
practice-passkey-add-2 = Kies op de oefentelefoon een van de twee manieren: aanmelden in Authenticator ([+], dan [Werk of school]), het eenvoudigst; of de QR-code van de pc scannen met de camera-app van de telefoon, nooit met de scanner van Authenticator, met Bluetooth aan.
practice-passkey-add-3 = De telefoon vraagt de passkey in Authenticator te bewaren: kies [Doorgaan]. Een echte telefoon vraagt dan om je vingerafdruk, gezicht of schermvergrendeling.
practice-passkey-not-yet = Oefenpasskey in Microsoft Authenticator: nog niet toegevoegd.
practice-passkey-listed = Oefenpasskey in Microsoft Authenticator, voor { $account }: staat bij de oefenserver.
practice-passkey-refused = De oefentelefoon kan pas een passkey bewaren na het oefenaanmelden. Ga terug naar Aanmelden.
practice-passkey-marker = Oefenen: er wordt geen echte passkey gemaakt.
practice-passkey-turn-on = Aanzetten
practice-passkey-way-authenticator = Aanmelden in Authenticator
practice-passkey-way-camera = QR-code van de pc scannen
practice-passkey-camera-link = Bewaar een toegangssleutel
practice-passkey-connected = Bluetooth: verbonden met de pc.
practice-passkey-signed-in = Werk- of schoolaccount: aangemeld.
practice-passkey-sheet-title = Toegangssleutel bewaren?
practice-passkey-sheet-body = In Authenticator, voor login.microsoft.com.
practice-passkey-cancel = Annuleren
practice-passkey-continue = Doorgaan
practice-passkey-saved = Passkey bewaard in Authenticator.
finish-summary-practice-passkey = Een passkey in Microsoft Authenticator, geoefend op de oefentelefoon. Op je eigen telefoon gaat het net zo.

## Training: een nieuwe telefoon oefenen ("Ik heb een nieuwe telefoon" op het welkomstscherm)
step-old-phone = Oude telefoon
welcome-errand-new-phone-practice = Overstappen oefenen: de oefenserver doet alsof je oude telefoon is ingesteld; je eigen telefoon is de nieuwe. Voeg die toe zoals in de handleiding en verwijder dan de oude.
practice-new-phone-title = Oefenen: verwijder je oude telefoon
practice-new-phone-new-listed = Nieuwe telefoon: Microsoft Authenticator staat bij de oefenserver.
practice-new-phone-new-not-yet = Nieuwe telefoon: Microsoft Authenticator staat er nog niet bij.
practice-new-phone-old-listed = Oude telefoon: Microsoft Authenticator staat er nog bij.
practice-new-phone-old-gone = Oude telefoon: verwijderd, hij staat niet meer bij de oefenserver.
practice-new-phone-add-first = De nieuwe telefoon staat nog niet bij de oefenserver. Laat de oude staan tot de nieuwe erbij staat: ga terug naar Scannen en typ daar de code uit de app op je nieuwe telefoon.
practice-new-phone-real = Later, in het echt: zoek op Mijn beveiligingsgegevens de [Microsoft Authenticator] van je oude telefoon, kies ernaast [Verwijderen] en bevestig met [OK].
practice-new-phone-practise = Oefen het hier: kies op de oefenpagina [Verwijderen] naast de Microsoft Authenticator van de oude telefoon. Laat die van de nieuwe telefoon staan.
practice-new-phone-done = De oude telefoon staat niet meer bij de oefenserver; de nieuwe staat er nog. Kies [Volgende].
practice-new-phone-marker = Oefenen: er wordt niets verwijderd bij Microsoft.
practice-new-phone-old-detail = Oude telefoon
practice-new-phone-new-detail = Nieuwe telefoon, net toegevoegd
a11y-picture-practice-security-info = Tekening van Beveiligingsgegevens op de oefenserver, met de telefoons die er nu staan: elke Microsoft Authenticator met Verwijderen ernaast; alleen Verwijderen bij de oude telefoon is een knop.
finish-summary-practice-new-phone = Overstappen op een nieuwe telefoon, geoefend: eerst heb je de nieuwe toegevoegd en getest, daarna de oude verwijderd. Op Beveiligingsgegevens van Microsoft gaat het net zo.
