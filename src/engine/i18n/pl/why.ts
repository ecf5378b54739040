import type { Messages } from '../types';

/**
 * Why each rule matters, in the clerk's words: shown under "Podstawa w standardzie". No rule ids,
 * no policy options, no other office's name: the office's own standard is named from its policy.
 */
export const why: Messages = {
  'why.subject-missing': 'Po temacie klient i urząd od razu wiedzą, czego dotyczy wiadomość, i łatwo ją potem odnaleźć.',
  'why.subject-too-long': 'Długi temat jest ucinany w skrzynce odbiorcy; krótki mówi od razu, o jaką sprawę chodzi.',
  'why.subject-uninformative': 'Temat taki jak „Pytanie” czy „Pilne” nic nie mówi o sprawie; klient musi otworzyć wiadomość, żeby wiedzieć, czego dotyczy.',
  'why.greeting-missing': 'Wiadomość z urzędu zaczyna się od powitania: to podstawowa uprzejmość wobec klienta.',
  'why.greeting-informal': 'Potoczne powitanie brzmi zbyt poufale w piśmie urzędu; uprzejme powitanie pokazuje szacunek dla klienta.',
  'why.greeting-mismatch': 'Powitanie powinno pasować do adresata: inne do kobiety, inne do mężczyzny, inne do kilku osób.',
  'why.closing-missing': 'Wiadomość z urzędu kończy się zwrotem grzecznościowym, zanim pojawi się podpis.',
  'why.closing-informal': 'Potoczne pożegnanie nie pasuje do pisma urzędu; „Z poważaniem” jest zawsze właściwe.',
  'why.signature-missing': 'Z podpisu klient wie, kto do niego pisze i jak się z tą osobą skontaktować.',
  'why.signature-incomplete': 'Pełny podpis podaje wszystkie dane kontaktowe, których wymaga urząd; brak jednej z nich utrudnia klientowi kontakt.',
  'why.signature-outdated': 'Nieaktualny adres albo telefon w podpisie kieruje klienta w złe miejsce.',
  'why.recipients-external-visible': 'Osoby spoza urzędu nie powinny widzieć nawzajem swoich adresów e-mail: to ich dane osobowe.',
  'why.recipients-lookalike': 'Adres bardzo podobny do znanego bywa literówką albo próbą podszycia się; wiadomość może trafić do obcej osoby.',
  'why.recipients-new-domain': 'Piszesz do domeny, do której ta wiadomość jeszcze nie trafiała: warto sprawdzić, czy adres jest właściwy.',
  'why.addresses-exposed': 'Cytowany wątek zawiera adresy innych osób; wysłanie go dalej ujawnia je adresatowi.',
  'why.sensitive-data': 'Numery takie jak PESEL czy numer dowodu to dane osobowe; poza urząd wysyłaj je tylko wtedy, gdy są naprawdę potrzebne.',
  'why.attachment-missing': 'Wiadomość zapowiada załącznik, ale go nie ma: klient będzie musiał o niego dopytywać.',
  'why.case-reference-missing': 'Znak sprawy pozwala klientowi i urzędowi powiązać wiadomość z właściwą sprawą.',
  'why.fee-details': 'Prosząc o opłatę, podaj kwotę oraz jak i gdzie zapłacić, żeby klient mógł to zrobić bez dopytywania.',
  'why.summons-details': 'Wezwanie musi mówić, kiedy i gdzie się stawić, do kogo i pod jaki numer dzwonić, żeby klient przyszedł we właściwe miejsce.',
  'why.tone-difficult': 'Nawet w trudnej sprawie urząd pisze spokojnie i rzeczowo: wyjaśnia, zamiast oceniać klienta lub innych.',
  'why.plain-jargon': 'Urzędowe zwroty są dla wielu osób niezrozumiałe; prosty język pomaga klientowi załatwić sprawę.',
  'why.plain-long-sentence': 'Długie zdanie trudno zrozumieć za pierwszym razem; krótsze zdania czyta się łatwiej.',
  'why.plain-long-word': 'Bardzo długie słowa spowalniają czytanie; prostsze słowo zwykle mówi to samo.',
  'why.plain-readability': 'Im prostszy tekst, tym mniej pytań od klienta i mniej nieporozumień.',
  'why.plain-acronym': 'Skrót, którego klient nie zna, trzeba rozwinąć przy pierwszym użyciu.',
  'why.plain-imperative': 'Polecenie w trybie rozkazującym brzmi szorstko; grzeczna prośba jest w piśmie urzędu właściwsza.',
  'why.plain-rhetorical-question': 'Pytanie retoryczne może brzmieć jak wyrzut; lepiej napisać wprost, o co chodzi.',
  'why.placeholder-left': 'W tekście został fragment do uzupełnienia; klient dostałby niedokończone pismo.',
  'pane.finding.officeStandard': 'standard korespondencji urzędu',
};
