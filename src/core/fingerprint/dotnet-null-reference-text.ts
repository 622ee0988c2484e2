// The text .NET gives a NullReferenceException the runtime raises itself (a member read through
// a null reference), in each culture whose language pack it was seen printed in. A crash reporter
// that files an exception's Message and StackTrace and not its type (MapleSeed's bug-report bot,
// threads-30) leaves that text the only sign of the type, and it is the runtime's words in the
// user's UI culture (https://learn.microsoft.com/dotnet/api/system.nullreferenceexception: "Object
// reference not set to an instance of an object." in English). Read as a message of an untyped
// exception it contributed, so one null dereference filed from an English, a French and a
// Korean Windows was three signatures, and none was the signature of the same trace printed
// with its `System.NullReferenceException: ` header (whose message does not contribute).
// Compared whole, without the closing full stop, case or runs of spaces: a message that only
// contains the words (an application's `… failed: Object reference not set …`) is its own.

const TEXTS = [
  'Object reference not set to an instance of an object', // English
  "La référence d'objet n'est pas définie à une instance d'un objet", // French
  'Der Objektverweis wurde nicht auf eine Objektinstanz festgelegt', // German
  'Referencia a objeto no establecida como instancia de un objeto', // Spanish
  "Riferimento a un oggetto non impostato su un'istanza di oggetto", // Italian
  'Referência de objeto não definida para uma instância de um objeto', // Portuguese (Brazil)
  'Ссылка на объект не указывает на экземпляр объекта', // Russian
  '未将对象引用设置到对象的实例', // Chinese (Simplified)
  '並未將物件參考設定為物件的執行個體', // Chinese (Traditional)
  'オブジェクト参照がオブジェクト インスタンスに設定されていません', // Japanese (.NET Framework)
  'オブジェクト参照がオブジェクトのインスタンスに設定されていません', // Japanese (later releases)
  '개체 참조가 개체의 인스턴스로 설정되지 않았습니다', // Korean
];

const comparable = (text: string): string => text.trim().replace(/[.。]$/, '').replace(/\s+/g, ' ').toLowerCase();
const KNOWN = new Set(TEXTS.map(comparable));

/** Whether a message is all of .NET's own text for a NullReferenceException, in one of the cultures above. */
export function isNullReferenceText(message: string): boolean {
  return message.length <= 200 && KNOWN.has(comparable(message));
}
