import type { Messages } from '../types';
import { SIGNATURE_FIELDS } from '../../config';

/**
 * Problems of a policy file, in Polish: `policy validate`, the pane's notice, the preview. Each
 * follows the JSON path of the bad field (`$.rules["case-reference-missing"][1].pattern: …`).
 */
/** A JSON type by name, in the instrumental ("musi być liczbą, a jest tekstem"). */
const TYPE_NAMES: Record<string, string> = { number: 'liczbą', string: 'tekstem', boolean: 'wartością true/false', array: 'listą', object: 'obiektem', null: 'wartością null' };
const typeName = (t: unknown) => TYPE_NAMES[String(t)] ?? String(t);

export const policy: Messages = {
  'policy.notJson': 'plik nie jest poprawnym JSON ({reason})',
  'policy.root': 'musi być obiektem z polami organization, internalDomains, signature, rules, standard, onSend, mailboxes',
  'policy.unknownField': 'nieznane pole',
  'policy.invalid': 'nieprawidłowa wartość ({reason})',
  'policy.notText': 'musi być tekstem',
  'policy.tooLong': 'może mieć najwyżej {requirement} znaków',
  'policy.boolean': 'musi być true albo false',
  'policy.organization': 'musi być obiektem z polami name, address, registry, phone, email, website, accounts',
  'policy.accounts': 'musi być listą numerów rachunków',
  'policy.domains': 'musi być listą domen',
  'policy.domain': 'musi być domeną, np. powiat.example.pl',
  'policy.signature': 'musi być obiektem z polami required i notice',
  'policy.signatureFields': 'musi być listą pól',
  'policy.signatureField': `musi być jednym z pól: ${SIGNATURE_FIELDS.join(', ')}`,
  'policy.mailboxes': 'musi być obiektem: adres skrzynki → jej pola podpisu',
  'policy.mailbox': 'musi być obiektem z polami name, position, department, phone, email, room',
  'policy.mailboxAddress': 'musi być adresem e-mail, np. sekretariat@gmina.example.pl',
  'policy.mailboxDuplicate': 'to ta sama skrzynka co „{first}” (wielkość liter w adresach się nie liczy)',
  'policy.onSend': 'musi być obiektem z polami block i failOpen',
  'policy.block': 'musi być „errors”, „warnings” albo „never”',
  'policy.rules': 'musi być obiektem z ustawieniami reguł',
  'policy.standard': 'musi być obiektem z polami name, url, refs',
  'policy.standardName': 'nie może być puste: nazwa standardu urzędu',
  'policy.standardUrl': 'musi być adresem strony zaczynającym się od https://',
  'policy.standardRefs': 'musi być obiektem: identyfikator reguły → paragraf standardu, np. „§ 8 ust. 2 pkt 6”',
  'policy.ruleSetting': 'musi być poziomem („off”, „info”, „warning”, „error”) albo listą [poziom, { opcje }]',
  'policy.severity': 'musi być „off”, „info”, „warning” albo „error”',
  'policy.unknownRule': 'nieznany identyfikator reguły „{id}”',
  'policy.unknownOption': 'nieznana opcja „{key}” (znane: {known})',
  'policy.noOptions': 'nieznana opcja „{key}” (ta reguła nie ma opcji)',
  'policy.optionType': (d) => `musi być ${typeName(d.expected)}, a jest ${typeName(d.got)}`,
  'policy.unreachable.timeout': 'nie udało się wczytać polityki z {url}: brak odpowiedzi w ciągu {ms} ms',
  'policy.unreachable.http': 'nie udało się wczytać polityki z {url}: serwer odpowiedział HTTP {status}',
  'policy.unreachable.failed': 'nie udało się wczytać polityki z {url}: {reason}',

  'policy.pattern.notText': 'wzorzec musi być tekstem (wyrażeniem regularnym w cudzysłowie)',
  'policy.pattern.notList': 'musi być listą wzorców (tekstów)',
  'policy.pattern.empty': 'wzorzec jest pusty',
  'policy.pattern.tooLong': 'wzorzec może mieć najwyżej {max} znaków',
  'policy.pattern.syntax': 'to nie jest poprawne wyrażenie regularne JavaScript ({reason})',
  'policy.pattern.backreference':
    'odwołanie wstecz (\\1, \\k<…>) w znaku {at} („{fragment}”) nie jest dozwolone: wzorce polityki sprawdza silnik liniowy, który nie ma odwołań wstecz',
  'policy.pattern.lookaround':
    'warunek wyprzedzający lub wsteczny ((?=…), (?!…), (?<=…), (?<!…)) w znaku {at} („{fragment}”) nie jest dozwolony: wzorce polityki sprawdza silnik liniowy',
  'policy.pattern.namedGroup': 'grupa nazwana (?<nazwa>…) w znaku {at} nie jest dozwolona; użyj zwykłego nawiasu (…)',
  'policy.pattern.groupFlags': 'flagi w grupie (?…:) w znaku {at} („{fragment}”) nie są dozwolone; dozwolone są (…) i (?:…)',
  'policy.pattern.property': 'klasa \\p{…} w znaku {at} nie jest dozwolona (starsze wersje Outlooka jej nie znają); wypisz litery, np. [A-ZĄĆĘŁŃÓŚŹŻ]',
  'policy.pattern.emptyLoop':
    'część powtarzana lub opcjonalna w znaku {at} („{fragment}”) może nie dopasować żadnego znaku; przepisz ją tak, by zawsze brała co najmniej jeden znak',
  'policy.pattern.matchesEmpty': 'wzorzec pasuje do pustego tekstu, więc znalazłby się w każdej wiadomości',
  'policy.pattern.tooComplex': 'wzorzec jest zbyt złożony (po rozwinięciu powtórzeń {n,m} ponad {max} kroków na znak); skróć powtórzenia',
};
