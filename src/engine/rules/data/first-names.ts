/**
 * Given names and their gender, for greeting agreement (002 line 121: a greeting "odpowiedni do
 * osoby adresata"). The most common names of Polish citizens, diminutives that clerks see in
 * display names ("Kasia", "Ola"), and the names of foreign citizens that Polish offices often
 * write to (Ukrainian and Belarusian in both transliterations, a few English and Turkish ones).
 *
 * Polish female names end in "-a"; genderOf falls back to that ending for names not listed here,
 * except for MALE_NAMES_ENDING_IN_A. A male name in FIRST_NAMES never ends in "-a" (a test keeps
 * it so): those belong in the exception list. Each list is sorted (Polish collation) and free of
 * duplicates; keep them so when adding a name. Names are kept as space-separated strings: the
 * table is part of the launch-event bundle, which has a 30 KB budget.
 */
export type Gender = 'female' | 'male';

export type FirstName = { name: string; gender: Gender };

export const FEMALE_NAMES: readonly string[] = (
  'Abigail Ada Adela Adelajda Adrianna Agata Agnieszka Aldona Aleksandra Alicja Alina Alla Alona ' +
  'Amalia Amanda Amelia Anastasija Anastazja Anatolia Andżelika Aneta Angelika Ania Aniela Anita ' +
  'Anna Antonina Apolonia Arleta Asia Aurelia Ayşe Balbina Barbara Basia Beata Beatrycze Benedykta ' +
  'Bernadeta Blanka Bogdana Bogna Bogumiła Bogusława Bożena Bożenna Bronisława Brygida Carmen ' +
  'Cecylia Celina Charlotte Czesława Dagmar Dagmara Danuta Daria Daryna Dominika Dorota Edwarda ' +
  'Edyta Ela Eleonora Eliza Elwira Elżbieta Emilia Emily Emma Ernestyna Esther Eugenia Ewa Ewelina ' +
  'Fabiana Fatma Felicja Filomena Florentyna Franciszka Gabriela Genowefa Gertruda Gosia Grażyna ' +
  'Halina Halyna Hanna Helena Henryka Hildegarda Honorata Hortensja Ida Idalia Iga Ilona Inez Inga ' +
  'Ingrid Inna Irena Irmina Iryna Iwona Iwonna Iza Izabela Izabella Jadwiga Jagoda Jana Janina ' +
  'Jarosława Joanna Jolanta Jowita Józefa Judyta Julia Julianna Justyna Kaja Kalina Kamila Kamilla ' +
  'Karina Karmen Karolina Kasia Katarzyna Kateryna Kazimiera Khrystyna Kinga Klara Klaudia ' +
  'Klementyna Konstancja Kornelia Krystiana Krystyna Ksenia Larysa Laura Lena Leokadia Leontyna ' +
  'Lesia Lidia Lili Lilia Liliana Lilianna Liubov Liudmyla Longina Lucja Lucyna Ludmiła Ludwika ' +
  'Luiza Łucja Magdalena Maja Malina Malwina Małgorzata Marcelina Maria Mariana Marianna Mariia ' +
  'Marika Mariola Marlena Marta Martyna Marzanna Marzena Matylda Melania Mercedes Michalina ' +
  'Mieczysława Milena Miłosława Mira Mirela Miriam Mirosława Monika Nadia Nadiia Natalia Nataliia ' +
  'Natasza Nela Nelli Nicole Nikola Nikoletta Nikolina Nina Noemi Oksana Oktawia Ola Oleksandra ' +
  'Olena Olga Olha Olivia Oliwia Otylia Pamela Patrycja Paula Paulina Pola Rachel Ramona Regina ' +
  'Renata Rita Roksana Rozalia Róża Rut Ruth Ryszarda Sabina Salomea Sandra Sara Sarah Seweryna ' +
  'Sofiia Sonia Sophie Stanisława Stefania Stella Svitlana Sylwestra Sylwia Szarlota Tamara Tatiana ' +
  'Tekla Teodora Teresa Tetiana Tola Ula Ulyana Urszula Valentyna Viktoriia Vira Wacława Walentyna ' +
  'Wanda Weronika Wiera Wiesława Wiktoria Wioletta Wisława Władysława Yana Yevheniia Yuliia ' +
  'Zdzisława Zenobia Zenona Zofia Zoriana Zosia Zuzana Zuzanna Zyta Żaneta'
).split(' ');

export const MALE_NAMES: readonly string[] = (
  'Adam Adolf Adrian Ahmed Alan Albert Aleks Aleksander Aleksandr Aleksy Alex Alfred Alojzy Ambroży ' +
  'Andrij Andriy Andrzej Anton Antoni Apolinary Arkadiusz Armand Artem Artur Augustyn Aureliusz ' +
  'Bartłomiej Bartosz Bazyli Benedykt Bernard Błażej Bogdan Bogumił Bogusław Bohdan Bolesław ' +
  'Bonifacy Borys Borysław Bronisław Brunon Cezary Cyprian Cyryl Czesław Damazy Damian Daniel ' +
  'Dariusz David Dawid Denys Dionizy Dmitrij Dmytro Dobromił Dominik Edmund Edward Edwin Eligiusz ' +
  'Emanuel Emil Ernest Eryk Eugeniusz Eustachy Fabian Fabrycy Fedir Feliks Ferdynand Filip Florian ' +
  'Franciszek Fryderyk Gabriel Gaweł Gerard Gerwazy Gotfryd Gracjan Grzegorz Gustaw Henryk Herbert ' +
  'Hieronim Hilary Hipolit Horacy Hryhorij Hubert Ignacy Igor Ihor Ireneusz Ivan Izydor Jacek ' +
  'Jacenty Jakub James Jan Janusz Jarosław Jerzy Jędrzej Joachim John Józef Julian Juliusz Kacper ' +
  'Kajetan Kamil Karol Kazimierz Klaudiusz Klemens Konrad Konstanty Kornel Kostiantyn Krystian ' +
  'Krzysztof Ksawery Lech Leon Leonard Leonid Leopold Lesław Leszek Lucjan Ludwik Łukasz Maciej ' +
  'Maksym Maksymilian Marcel Marceli Marcin Marcjan Marek Marian Mariusz Mark Mateusz Maurycy ' +
  'Medard Mehmet Michael Michał Mieczysław Mieszko Mikołaj Milan Miłosz Mirosław Mohammed Mykhailo ' +
  'Natan Nataniel Nazar Nikodem Norbert Odo Oktawian Oleh Oleksandr Oleksij Oleksiy Olgierd Oliwer ' +
  'Oskar Patryk Paul Pavlo Paweł Peter Petro Piotr Protazy Przemysław Radomir Radosław Rafał ' +
  'Rajmund Remigiusz Robert Roch Roman Rudolf Ruslan Ryszard Salomon Sambor Saturnin Sebastian ' +
  'Serafin Sergiusz Serhij Serhiy Seweryn Siergiej Sławomir Stanisław Stefan Stepan Sylwester ' +
  'Sylwiusz Szymon Tadeusz Taras Teodor Teofil Thomas Tobiasz Tomasz Tymon Tymoteusz Tytus Urban ' +
  'Vadym Valentyn Vasyl Viktor Vitalij Vladimir Volodymyr Wacław Waldemar Walenty Walerian ' +
  'Wawrzyniec Wiesław Wiktor Wincenty Wit Witalis Witold Władysław Włodzimierz Wojciech Yaroslav ' +
  'Yevhen Yurij Yuriy Zbigniew Zbysław Zdzisław Zefiryn Zenobiusz Zenon Zygmunt'
).split(' ');

export const FIRST_NAMES: readonly FirstName[] = [
  ...FEMALE_NAMES.map((name): FirstName => ({ name, gender: 'female' })),
  ...MALE_NAMES.map((name): FirstName => ({ name, gender: 'male' })),
];

export const MALE_NAMES_ENDING_IN_A: readonly string[] = [
  'Barnaba',
  'Bonawentura',
  'Boryna',
  'Dyzma',
  'Ilia',
  'Ilja',
  'Jarema',
  'Jerema',
  'Jona',
  'Juda',
  'Kola',
  'Kosma',
  'Kostia',
  'Kuba',
  'Luka',
  'Misza',
  'Mykola',
  'Mykyta',
  'Nikita',
  'Petia',
  'Saba',
  'Sasza',
  'Wania',
  'Wasia',
  'Zawisza',
];
