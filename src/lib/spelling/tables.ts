/**
 * The editorial spelling tables: which spellings of a Korean surname or given-name syllable are
 * the same, which Russian words are written with ё, and which Latin words are English.
 */

/**
 * Korean surnames: each group lists equivalent spellings, the most common Latin forms first, then
 * the Russian-Korean forms (Tsoy) and the Cyrillic ones. A spelling is recognised case-insensitively.
 */
export const KOREAN_SURNAMES: readonly (readonly string[])[] = [
  ['Choe', 'Choi', 'Chwe', 'Choy', 'Tsoy', 'Tsoi', 'Цой'],
  ['Lee', 'Yi', 'Ri', 'Li', 'Rhee', 'I', 'Ли', 'Ри'],
  ['Park', 'Pak', 'Bak', 'Pack', 'Пак'],
  ['Kim', 'Gim', 'Ким'],
  ['Jong', 'Jeong', 'Chong', 'Chung', 'Jung', 'Joung', 'Чон'],
  ['Song', 'Сон'],
  ['Yoon', 'Yun', 'Youn', 'Юн'],
  ['Kwon', 'Gwon', 'Квон'],
  ['Han', 'Хан'],
  ['Kang', 'Gang', 'Канг'],
  ['Jang', 'Chang', 'Чан'],
  ['Cho', 'Jo', 'Чо'],
  ['Shin', 'Sin', 'Син'],
  ['Ahn', 'An', 'Ан'],
  ['O', 'Oh', 'О'],
  ['Hwang', 'Хван'],
  ['Ko', 'Go', 'Koh', 'Ко'],
  ['Yoo', 'Yu', 'Ryu', 'Ю'],
  ['Moon', 'Mun', 'Мун'],
  ['Seo', 'Suh', 'So', 'Со'],
  ['Hong', 'Хон'],
  ['Paek', 'Baek', 'Pack', 'Пэк'],
  ['Nam', 'Нам'],
];

/**
 * Korean given-name syllables: groups of equivalent spellings, Latin first (most common first),
 * then Cyrillic. A spelling may belong to several groups ("Song", "Jong", "Chang"); its
 * alternatives are then the union of its groups.
 */
export const KOREAN_GIVEN_SYLLABLES: readonly (readonly string[])[] = [
  ['Gyong', 'Kyong', 'Kyung', 'Gyeong', 'Kyeong', 'Кён', 'Кен'],
  ['Keun', 'Geun', 'Kun', 'Gun', 'Кын'],
  ['Chol', 'Cheol', 'Chul', 'Chel', 'Чхоль', 'Чоль', 'Чер'],
  ['Kum', 'Geum', 'Keum', 'Gum', 'Кым'],
  ['Ho', 'Хо'],
  ['Sun', 'Soon', 'Сун'],
  ['Yen', 'Yeon', 'Yon', 'Ён'],
  ['Sen', 'Seon', 'Son', 'Сон'],
  ['Myung', 'Myong', 'Myeong', 'Мён', 'Мен'],
  ['Se', 'Сэ', 'Се'],
  ['Sung', 'Seong', 'Song', 'Сон', 'Сын'],
  ['Nam', 'Нам'],
  ['Dan', 'Тан', 'Дан'],
  ['Chang', 'Jang', 'Чан'],
  ['Su', 'Soo', 'Су'],
  ['Il', 'Ир', 'Иль'],
  ['Jong', 'Jeong', 'Chong', 'Чон'],
  ['Li', 'Ri', 'Lee', 'Ли'],
  ['Dong', 'Tong', 'Дон'],
  ['Hyun', 'Hyon', 'Hyeon', 'Хён'],
  ['Young', 'Yong', 'Yeong', 'Ён'],
  ['Min', 'Мин'],
  ['Jin', 'Chin', 'Чин'],
  ['Hee', 'Hui', 'Hi', 'Хи'],
  ['Ok', 'Ок'],
  ['Hwa', 'Хва'],
  ['Jun', 'Joon', 'Chun', 'Чун'],
  ['Un', 'Eun', 'Ын'],
  ['Kwang', 'Gwang', 'Кван'],
  ['Hyok', 'Hyeok', 'Хёк'],
  ['Ryong', 'Ryeong', 'Рён'],
  ['Sok', 'Seok', 'Сок'],
];

/**
 * Words written with ё, which is very often printed as е. Used to restore the ё (and so the "yo"
 * transliteration) from an е spelling: "Артем" → "Артём" → "Artyom". Feminine forms in -а are
 * recognised too (Ковалёва).
 */
export const YO_WORDS: readonly string[] = [
  'Артём', 'Семён', 'Фёдор', 'Пётр', 'Алёна', 'Алёша', 'Лёша', 'Лёня', 'Фёкла', 'Серёжа',
  'Ковалёв', 'Королёв', 'Соловьёв', 'Воробьёв', 'Горбачёв', 'Хрущёв', 'Пугачёв', 'Селезнёв',
  'Киселёв', 'Журавлёв', 'Муравьёв', 'Толмачёв', 'Новосёлов', 'Потёмкин', 'Артёмовский',
  'Берёзовка', 'Берёзовский', 'Звёздный', 'Озёрный', 'Озёрск',
];

/**
 * Latin words that are English, not transliterated Russian, and so get no Russian variants
 * (they would only add noise such as "Хуман" to the index).
 */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  ('a an and or of the for in on at to by from with de la le ' +
    'human state states police service office federal region regional ministry labor labour ' +
    'foreign affairs korea korean koreans north south east west eastern western russia russian ' +
    'russians united nations national international agency camp company border guard security ' +
    'general embassy consulate immigration migration republic democratic people peoples workers ' +
    'worker refugee refugees committee center centre department network institute university ' +
    'news times daily post report project group association union church mission amnesty free ' +
    'radio asia asian europe european america american british japan japanese china chinese ' +
    'watch rights city court prison river lake sea bay island islands mountain mountains port ' +
    'street road square station airport hotel hospital farm mine site base zone special economic ' +
    'administrative territory bureau party leader minister president director manager').split(/\s+/),
);
