import type { Messages } from '../types';
import { plForm } from '../plural';

/** What the pane says about its own writes into the letter (fix all, undo, inserted text), in Polish. */
export const edits: Messages = {
  'pane.fix.addSummonsDetails': 'Dopisz dane z profilu',
  'pane.fix.addFeeAccount': 'Dopisz rachunek urzędu',
  'pane.fix.maskNumber': 'Ukryj numer',
  'pane.fixAll.changed': 'Co zmieniono:',
  'pane.fixAll.item.moveToBcc': (d) => `Przeniesiono ${d.count} ${plForm(Number(d.count), 'adres', 'adresy', 'adresów')} do UDW (ukrytej kopii).`,
  'pane.fixAll.item.moveToBccTo': (d) => `Przeniesiono ${d.count} ${plForm(Number(d.count), 'adres', 'adresy', 'adresów')} do UDW, a w polu „Do” zostaje ${d.address}.`,
  'pane.fixAll.item.insertGreeting': 'Dodano powitanie „{text}”.',
  'pane.fixAll.item.insertClosing': 'Dodano zwrot grzecznościowy „{text}”.',
  'pane.fixAll.item.insertSignature': 'Wstawiono podpis urzędu.',
  'pane.fixAll.item.replaceSignature': 'Wstawiono aktualny podpis urzędu w miejsce poprzedniego.',
  'pane.fixAll.undo': 'Cofnij te poprawki',
  'pane.fixAll.undone': 'Cofnięto poprawki: wiadomość jest taka jak przed „Popraw wszystko”.',
  'pane.fixAll.undoFailed': 'Nie udało się cofnąć poprawek.',
  'pane.fixAll.undoChanged': 'Wiadomość zmieniła się po poprawkach, więc cofnięcie usunęłoby też Twoje zmiany. Niczego nie cofnięto; cofnij poprawki ręcznie (Ctrl+Z w treści).',
  'pane.fixAll.noUndo': 'Nie udało się zapamiętać wiadomości sprzed poprawek, więc nie można ich cofnąć jednym kliknięciem.',
  'pane.deadline.insertedAtEnd': 'Kursor nie stał w Twojej treści, więc zdanie z terminem trafiło na koniec tekstu, nad zwrot grzecznościowy i podpis.',
  'pane.templates.ooo.returnDateHint': 'Pierwszy dzień w pracy po nieobecności.',
};
