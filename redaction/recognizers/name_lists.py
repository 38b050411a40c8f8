"""Given names and surnames by origin, for the name gazetteers in ``vocabulary.py``.

Plain data: the most common names of Romania (with its Hungarian minority) and the
Republic of Moldova, and of the countries our tenants' customers write from or come
from. Each name is written once, in its usual spelling; ``typed_variants`` adds the
forms people type (no diacritics, old cedilla letters, umlauts spelled out).

Left out on purpose, as in ``vocabulary.py``: names that are everyday words in English,
Romanian, German or Dutch ("Dawn", "Speranța", "Lata", "Son", "Long", "Lei"), weekdays
and months ("Thu", "Mai"), shops, brands and products ("Zara", "Otto", "Stella",
"Mercedes", "Clio"), and towns ("Florence", "Orlando", "Sofia"). Names that are also
such words but too common to leave out go to ``AMBIGUOUS_NAMES``: they count as names
only right after a cue ("I'm Rosa", "sunt Marina").
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- Romania and the Republic of Moldova -----------------------------------------------

RO_GIVEN_MEN: frozenset[str] = _words(
    """
    Adi Adrian Alexandru Alin Anatol Andrei Anghel Antonie Aurel Aurelian Avram Bogdan
    Călin Cătălin Ciprian Claudiu Codrin Constantin Cornel Corneliu Cosmin
    Costache Costel Costică Costin Cristi Cristian Cristinel Dan Daniel Danut Dănuț
    Darius Decebal Denis Dinu Doru Dorel Dorian Dorin Dragoș Dumitru Eduard Emanuel Emil
    Eugen Eusebiu Fane Fănel Fănică Flavius Florian Florinel Gabriel Gavril Gelu
    George Gheorghe Gheorghiță Ghiță Gică Gicu Gigel Grigore Horațiu Horea Horia
    Iacob Iancu Ilarie Ilie Ioan Ion Ionel Ionică Ionuț Iosif Iulian Iuliu Jan Laurențiu
    Lazăr Leonard Leonid Lică Lucian Liviu Luca Manole Marcel Marian Marin Marius Matei
    Mihai Mihail Mihăiță Mihnea Mirel Mircea Mitică Nae Neagu Neculai Nelu Nicolae Nicu
    Nicușor Nicolaie Nistor Octavian Olimpiu Oprea Ovidiu Pavel Petre Petrică Petrișor
    Petru Radu Rareș Răzvan Remus Robert  Romulus Sandu Sebastian Serafim Sergiu
    Severin Silviu Simion Sorin Stan Stelian Stere Stoica Ștefan Teodor Tiberiu
    Titus Toader Toma Traian Tudor Tudorel Valentin Valeriu Vasile Vasilică Viorel
    Virgil Vlad Vladimir Voicu Zaharia Ștefănel Laurian Lucică Costinel Cristea Dorinel
    Emilian Gigi Ionuţ Marcu Mitruț Neluț Paul Pompiliu Sabin Sebi Silvestru Teofil
    Valer
    """
)

RO_GIVEN_WOMEN: frozenset[str] = _words(
    """
    Adela Adelina Adina Adriana Alexandra Alexia Alina Amalia Ana Ana-Maria Anamaria
    Anca Andra Andreea Anica Anișoara Aneta Angela Angelica Antonia Ariana Aurelia
    Aurica Bianca Bogdana Camelia Carmen Casandra Catinca Cătălina Cecilia
    Claudia Codruța Cornelia Corina Cosmina Crina Cristiana Cristina Dana
    Daniela Delia Denisa Diana  Domnica Dorina Ecaterina Elena Elisabeta Elvira
    Emilia Eugenia Felicia Flavia Florentina Florica Gabriela Georgeta Georgiana Geanina
    Gheorghița Ileana Ilinca Ioana Ionela Irina Iuliana Iulia Izabela Larisa Lavinia
    Lenuța Liana Lidia Liliana Loredana Luana Lucia Luciana Lucica Lucreția Luminița
    Madalina Mădălina Manuela Marcela Maria Mariana Marilena Marioara Mărioara Maricica
    Mihaela Minodora Mioara Mirela Miruna Monica Nadia Narcisa Natalia Nicoleta Niculina
    Oana Otilia Paraschiva Patricia Paula Petronela Raluca Ramona Rebeca Renata Rodica
    Roxana Sabina Safta Sanda Sânziana Silvia Simona Smaranda  Sorina Stela
    Steliana Ștefania Tatiana Teodora Tudora Tudorița Valentina Valeria Vasilica
    Veronica Victorița Viorela Viorica Virginia Voica Zamfira Zenovia Zoița Alesia
    Anastasia Alexandrina Ancuța Brândușa Carina Crenguța Daciana Dorica Eleonora
    Emanuela Estera Geta Ionelia Irinel Lăcrămioara Leontina Mara Marinela
    Melania Mihaiela Nicolina Ozana Petruța Roxelana Sevastița Sidonia Silvana
    Tincuța Veta Vica Virginica Zinaida Ruxandra Medeea Ionica Andreia Ema Evelina Ilona
    Iustina  Măriuca Nicola
    """
)

# Moldovan and Russian-influenced names common in the Republic of Moldova.
MD_GIVEN_NAMES: frozenset[str] = _words(
    """
    Vadim Igor Veaceslav Vitalie Eugeniu Serghei Oleg Ruslan Iurie Anatolie Ghenadie
    Stanislav Artur Valeriu Vladislav Nichita Mihail Dumitru Petru Victor Grigore Iacob
    Aliona Svetlana Galina Ludmila Lilia Nadejda Oxana Olga Zinaida Lidia Tatiana
    Natalia Ecaterina Eugenia Iuliana Irina Inga Inna Ala Valentina Snejana Nelli Stela
    Larisa Dorin Sergiu Alexei Ivan Maxim Nicolai Pavel Boris Fiodor Fedor Vasili
    Andrian Marcel
    """
) - {"Maxim", "Ala"}  # "maxim" and "ala" are Romanian words

HU_GIVEN_NAMES: frozenset[str] = _words(
    """
    Levente Csaba Zsolt Attila László Laszlo Zoltán István Sándor Ferenc József Gábor
    Tibor Lajos Lóránd Loránd Botond Előd Elod Barna Árpád Szabolcs Tamás Balázs Róbert
    Péter Gergely Gyula Imre Miklós Mihály Géza Dénes Dezső Ernő Kálmán Endre Károly
    Bence Ákos Huba Hunor Ödön Szilárd Csongor Benedek Márton Ádám Dániel Erzsébet
    Ildikó Katalin Éva Mária Zsuzsanna Zsuzsa Ágnes Enikő Erika Piroska Anikó Judit
    Gabriella Krisztina Tünde Tímea Timea Orsolya Noémi Réka Emese Boglárka Csilla
    Hajnalka Kinga Melinda Andrea Ibolya Margit Magdolna Rozália Etelka Gizella Ilona
    Irén Jolán Klára Szidónia Beáta Eszter Annamária Brigitta Gyöngyi Zsófia
    """
)

RO_SURNAMES: frozenset[str] = _words(
    """
    Popa Popescu Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Ionescu Rusu
    Munteanu Mihai Constantin Marin Florea Dinu Tudor Ilie Sandu Lazăr Barbu Oprea Ene
    Toma Neagu Dobre Lupu Moldovan Cristea Mocanu Ion Tănase Dragomir Nistor Andrei
    Voicu Stanciu Preda Iordache Cozma Nagy Diaconu Zamfir Ardelean Ardeleanu Anghel
    Stoian Avram Sârbu Vasile Suciu Roșca Bălan Ungureanu Coman Manea Popovici
    Dumitrescu Grigore Georgescu Dima Costea Pavel Ursu Nedelcu Niță Vlad Lungu Enache
    Dobrin Paraschiv Mitrea Iacob Răducanu Rădulescu Stănescu Chiriac Gavrilă Cojocaru
    Bratu Crăciun Marinescu Petrescu Mihăilă Bucur Filip Albu Bogdan Nica Călin Lazar
    Tudose Iliescu Nedelea Pană Petre Turcu Vasilescu Năstase Ciobotaru Șerban Zaharia
    Ispas Mihalache Niculescu Dobrescu Drăgan Pârvu Pîrvu Neacșu Mitu Sima
    Ionita Ioniță Ghiță Stoenescu Olteanu Olaru Moraru Rotaru Croitoru Cojocariu Fieraru
    Dogaru Pascu Panait Petcu Spiridon Stancu Vlaicu Voinea Neagoe Nechita Manolache
    Moise Miron Mircea Marcu Macovei Istrate Ichim Husar Gherman Ghinea Ganea Drăghici
    Dumitrașcu Dascălu Dănilă Constantinescu Baciu Bădescu Apostol Andrieș Antonescu
    Bejan Buzatu Cazacu Chirilă Ciurea Cârstea Chirca Florescu Grigoraș Grosu
    Irimia Iordan Lupașcu Manole Mihăilescu Moldoveanu Oancea Oprișan Pintea
    Pintilie Prodan Raicu Simion Surdu Tudorache Țurcanu Vintilă Zăvoianu Bărbulescu
    Pătrașcu Gheorghiu Gheorghiță Hagi Costache Dumitrache Scurtu Vasilache Toader
    Tănăsescu Sava Mitroi Florian Grecu Dinca Dincă Bobocea Arsene Axinte Bălănescu Banu
    Bărbuceanu Bejenaru Boboc Bodea Bondar Buzea Căpraru Catană Cazan Chiru Cioban
    Ciocârlan Ciubotaru Corbu Cornea Cosma Coroian Covaci Crețu Cucu Damian Deac Dobra
    Dragotă Drăgulescu Dumbravă Dumitriu Farcaș Fodor Gavrilescu Gherasim Ghica Gligor
    Goia Hodiș Horvath Ianc Ignat Ilieș Iosif Iovan Jitaru Lăzărescu Lixandru Lucaciu
    Lungeanu Mareș Mateescu Mazilu Mitrache Modoran Moga Morar Mureșan Mustață Negoiță
    Nemeș Nicolae Nicolau Oltean Onea Opriș Păun Pavelescu Petrache Pîslaru Pleșa Pleșca
    Popoviciu Puşcaşu Pușcașu Rădoi Sălăjan Sandor Savu Sbârcea
    Stroe Szabo Talpă Tamaș Tătaru Teodorescu Tofan Trif Tudoran Ungur Văduva
    Vlădescu Zamfirescu Andronache Anton Anghelescu Bârsan Bogdănescu Burlacu Cârciumaru
    Chiriță Ciocoiu Cîrstea Coandă Codreanu Cotoi Cristescu Dan Dinescu Dobrică
    Dragu Dragoș Enescu Filipescu Gavriliu Georgiu Ghețu Gogu Haidu Hanganu Ilinca Ioan
    Ionașcu Iorga Iosub Lăcătuș Lazea Manolescu Marica Matache Mehedinți Mihalcea
    Mihăescu Milea Neculai Negrea Oproiu Pandele Paun Pescaru Petrașcu Pietraru
    Pîrvulescu Porumb Răileanu Sârbulescu Sofronie Stamate Stamatescu Stoicescu
    Tudorașcu Udrea Ursache Vasiliu Vîlcu
    """
) - {"Roman", "Crăciun", "Done", "Ciocan", "Cocoș", "Roșu", "Stanca", "Porumb", "Rad"}

MD_SURNAMES: frozenset[str] = _words(
    """
    Ceban Cebotari Rotari Cojocari Bodrug Gumeniuc Guțu Melnic Sîrbu Botnari Botnaru
    Croitor Railean Țîbuleac Donică Bejenari Golban Zaporojan Bordian Chirtoacă Arnaut
    Prodan Jardan Cravcenco Iovu Dodon Filat Gaburici Sturza Gavriliță Plămădeală Morari
    Cuțitaru Leahu Rusnac Roșcovan Popovschi Ursachi Bulgaru Căpățînă Cucoș Druță
    Furtună Gorincioi Harea Lozan Mereacre Nastas Pogorelschi Răileanu Scutaru Stratan
    Tabără Turcanu Țurcan Vieru Zubcu Bordeniuc Ciumac Grosu Mîțu Munteanu Cușnir Ceaușu
    Moldovanu
    """
) - {"Furtună", "Tabără"}  # "furtună" (storm), "tabără" (camp)

HU_SURNAMES: frozenset[str] = _words(
    """
    Kovács Szabó Nagy Tóth Horváth Varga Molnár Németh Farkas Balogh Papp Takács
    Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi Török Fehér Balázs
    Szűcs Kocsis Orsós Pintér Fodor Szalai Sipos Lukács Gulyás Bíró Király Katona
    László Jakab Bogdán Balog Sándor Boros Fazekas Kelemen Orbán Bálint Veres
    Székely Dénes Bartha Kozma Demeter Benkő Ferencz Bakó Hegedűs Barabás
    Csiki Deák Györgyi Incze Kovacs Szabo Toth Horvath Molnar Nemeth Balint
    """
) - {"Kiss", "Kis", "Simon", "Major", "Magyar", "Vass", "Pál", "Antal"}

# --- Elsewhere in Europe and beyond -----------------------------------------------------

EN_GIVEN_NAMES: frozenset[str] = _words(
    """
    Aaron Abigail Adam Adrian Aiden Alan Albert Alexander Alfie Alice Alison Amanda
    Amelia Amy Andrew Angela Anna Anne Annie Anthony Archie Arthur Ashley Barbara
    Benjamin Beth Betty Brandon Brenda Brian Bridget Caleb Callum Cameron Carl Carla
    Carol Caroline Catherine Charles Charlie Charlotte Chloe Christina Christine
    Christopher Claire Colin Connor Craig Daniel Danielle Darren David Deborah
    Debbie Denise Dennis Diana Donald Donna Dorothy Dylan Edward Eleanor Elijah
    Elizabeth Ellie Emily Emma Eric Erin Ethan Evelyn Fiona Freddie Gareth Gary Gavin
    Gemma George Georgia Gerald Gillian Gordon Graham Gregory Hannah Harold Harriet
    Harry Harvey Heather Helen Henry Hollie Ian Isaac Isabel Isabelle Isla Jacob
    Jacqueline James Jamie Janet Janice Jason Jeffrey Jennifer Jeremy Jessica Joan
    Joanne John Jonathan Jordan Joseph Joshua Joyce Judith Julia Julie Justin Karen
    Katherine Kathryn Kayla Keith Kelly Kenneth Kevin Kieran Kimberly Kyle Lauren Leah
    Leo Liam Linda Logan Louise Lucy Luke Madison Marcus Margaret Maria Marie Martin
    Matthew Megan Melanie Melissa Michael Michelle Mohammed Molly Nancy Natalie Nathan
    Neil Nicholas Nicola Noah Oliver Olivia Oscar Owen Pamela Patricia Patrick Paul
    Paula Peter Philip Phoebe Rachel Rebecca Richard Robert Ronald Rosie Russell Ruth
    Ryan Samantha Samuel Sarah Scott Sean Sharon Shirley Simon Sophie Stephanie Stephen
    Steven Stuart Susan Teresa Theodore Thomas Timothy Tracy Trevor Vanessa Vincent
    Walter Wayne Wendy William Zachary Zoe Bethany Brooke Courtney Danny Declan
    Eilidh Elliot Eoin Ewan Fraser Gabriel Imogen Jodie Kirsty Leanne Lewis Lindsey
    Lorna Mairead Niamh Oisin Rhys Ciaran Siobhan Shaun Tristan Aoife Cormac Dermot
    Fergus Hamish Saoirse Seamus Sinead Aled Dafydd
    """
) - {"Logan", "Charlotte", "Madison", "Georgia", "Kelly", "Brooke", "Simon"}

DE_GIVEN_NAMES: frozenset[str] = _words(
    """
    Alexander Andreas Anton Axel Bernd Bernhard Björn Carsten Christoph Daniel Detlef
    Dieter Dirk Egon Elias Emil Erich Ernst Erwin Falk Florian Frank Franz Friedrich
    Fritz Georg Gerd Gerhard Gregor Günter Günther Hannes Harald Heinrich Helmut Henning
    Herbert Hermann Holger Hubert Ingo Jan Jens Jochen Johann Johannes Jonas Jörg Josef
    Julian Jürgen Kai Karl Karsten Klaus Konrad Kurt Lars Leon Lothar Luis Lukas Malte
    Manfred Marcel Markus Martin Mathias Matthias Max Maximilian Michael Moritz
    Niklas Nils Norbert Oliver Olaf Patrick Paul Philipp Rainer Ralf Reiner Reinhard
    Robert Rolf Rüdiger Rudolf Sascha Sebastian Siegfried Simon Stefan Steffen Sven
    Thomas Thorsten Tobias Torsten Udo Ulrich Uwe Volker Walter Werner Wilfried Wilhelm
    Wolfgang Finn Ben Jannik Jannis Joscha Lennart Mattis Ole Tim Timo Till Yannick
    Agnes Andrea Angelika Anja Anke Anna Annette Antje Barbara Beate Bettina Birgit
    Brigitte Carina Christa Christiane Christina Claudia Cornelia Dagmar Doris Dorothea
    Edith Elfriede Elisabeth Elke Emma Erika Franziska Frieda Gabriele Gerda Gertrud
    Gisela Greta Gudrun Hanna Hannelore Heike Helga Hildegard Ilse Ina Inge Ingeborg
    Ingrid Irmgard Jana Janina Johanna Julia Jutta Karin Katharina Kathrin Katja
    Katrin Kerstin Klara Lea Lena Leonie Lina Luise Mareike Margarete Maria Marianne
    Marion Marlene Martina Mathilda Melanie Merle Monika Nadine Nicole Petra Pia Regina
    Renate Rita Rosemarie Ruth Sabine Sandra Sarah Silke Simone Sonja Stefanie Susanne
    Svenja Tanja Theresa Ulrike Ursula Ute Vanessa Waltraud Yvonne Hedwig Liselotte
    Frauke
    """
) - {"Frank", "Max", "Regina", "Simon", "Ole", "Till", "Ina", "Rita", "Falk", "Ben"}

NL_GIVEN_NAMES: frozenset[str] = _words(
    """
    Aad Adriaan Anton Arjan Arjen Bart Bas Bastiaan Ben Bram Casper Cees Coen Corné Daan
    Dennis Dirk Edwin Erik Erwin Evert Frank Frans Frits Gerard Gerrit Gert Gijs
    Guus Hans Hendrik Henk Herman Hidde Huub Jaap Jan Jasper Jelle Jeroen Jesse
    Joost Joris Jos Jurgen Kees Klaas Koen Lars Lennart Luuk Maarten Marco Marcel Mark
    Martijn Mathijs Menno Michiel Niels Noud Pieter Pim Remco Rens Rick Rik Rob Robin
    Roel Ruud Sander Sem Siem Sjoerd Stefan Stijn Teun Thijs Tijn Tom Twan Vincent
    Wessel Wilco Willem Wim Wouter Youri Anke Anneke Annelies Annemarie Annemieke Astrid
    Bente Carla Carolien Daphne Dewi Elise Els Esmee Esther Eva Evi Femke Fenna Fleur
    Floor Gerda Hanneke Ilse Inge Ingrid Janneke Jantine Jet Jolien Karlijn Kim
    Lieke Lisa Lotte Loes Lonneke Maaike Marieke Marjolein Marloes Marlies Maud Meike
    Merel Mieke Mirjam Nienke Noor Petra Renske Romy Roos Sanne Saskia Silvia Sophie
    Suzanne Tessa Thirza Willemijn Wilma Yara Yvonne Zoë
    """
) - {"Frank", "Mark", "Rob", "Sem", "Jet", "Els", "Floor", "Kim", "Rick", "Ben", "Jos"}

FR_GIVEN_NAMES: frozenset[str] = _words(
    """
    Adrien Alain Alexandre Alexis Antoine Arnaud Arthur Baptiste Benoît Bernard Bertrand
    Bruno Cédric Christophe Clément Cyril Damien Daniel David Denis Didier Dominique
    Édouard Émile Éric Étienne Fabien Fabrice Florian François Frédéric Gabriel Gaël
    Gérard Gilles Grégoire Guillaume Henri Hervé Hugo Jacques Jean Jérémy Jérôme Joël
    Jules Julien Kévin Laurent Léo Lionel Loïc Louis Luc Lucas Marc Mathieu Mathis
    Matthieu Maxime Michel Nathan Nicolas Noël Olivier Pascal Patrice Patrick Philippe
    Pierre Quentin Raphaël Raymond Régis Rémi Romain Sébastien Serge Stéphane Sylvain
    Théo Thibault Thierry Thomas Timothée Valentin Victor Vincent Xavier Yann Yannick
    Yves Agathe Alice Amandine Amélie Anaïs Anne Audrey Aurélie Bernadette Brigitte
    Camille Caroline Catherine Cécile Céline Chantal Charlotte Chloé Christine Claire
    Clémence Colette Delphine Élise Élodie Émilie Emma Estelle Eugénie Florence
    Françoise Geneviève Hélène Inès Isabelle Jacqueline Jeanne Joséphine Julie Juliette
    Laetitia Laure Léa Léonie Lucie Manon Margaux Marie Marine Marion Martine
    Mathilde Mélanie Monique Nadine Nathalie Nicole Océane Pauline Sandrine Sophie
    Stéphanie Sylvie Valérie Véronique Virginie Yvette Zoé Ginette Josiane Maëlle Solène
    """
) - {"Florence", "Charlotte", "Marine", "Patrice", "Noël", "Luc", "Marc", "Serge"}

IT_GIVEN_NAMES: frozenset[str] = _words(
    """
    Alberto Alessandro Alessio Andrea Angelo Antonio Carlo Claudio Cristian Daniele
    Dario Davide Diego Domenico Edoardo Emanuele Enrico Enzo Fabio Fabrizio Federico
    Filippo Francesco Franco Gabriele Giacomo Gianluca Gianni Giovanni Giulio
    Giuseppe Guido Leonardo Lorenzo Luca Luciano Luigi Marcello Marco Massimiliano
    Matteo Mattia Maurizio Michele Nicola Paolo Pietro Raffaele Riccardo Roberto
    Salvatore Sergio Simone Stefano Tommaso Umberto Vincenzo Vittorio Gennaro Ciro
    Pasquale Alessandra Alessia Angela Anna Antonella Arianna Barbara Beatrice Carla
    Caterina Chiara Cristina Daniela Elena Eleonora Elisa Federica Francesca Gabriella
    Giada Giorgia Giovanna Giulia Ilaria Laura Lucia Luisa Manuela Marta Martina Michela
    Monica Nadia Paola Roberta Rosa Sara Serena Silvia Simona Sofia Teresa Valentina
    Valeria Vittoria Annalisa Donatella Emanuela Graziella Loredana Lucrezia Patrizia
    Raffaella Rossella Stefania Tiziana Veronica Carmela Concetta Assunta Maddalena
    """
) - {"Rosa", "Sofia", "Diego", "Franco", "Enzo", "Serena", "Beatrice"}

ES_PT_GIVEN_NAMES: frozenset[str] = _words(
    """
    Adrián Alberto Alejandro Alfonso Álvaro Andrés Antonio Ángel Arturo Carlos César
    Cristian Daniel David Diego Eduardo Emilio Enrique Ernesto Esteban Federico Felipe
    Fernando Francisco Gabriel Gerardo Gonzalo Guillermo Gustavo Héctor Hugo Ignacio
    Iván Jaime Javier Joaquín Jorge José Juan Julián Leonardo Lorenzo Lucas
    Luis Manuel Marcos Martín Mateo Miguel Nicolás Óscar Pablo Pedro Rafael Ramón
    Raúl Ricardo Roberto Rodrigo Rubén Salvador Santiago Sergio Tomás Vicente Xavier
    Adriana Alba Alejandra Alicia Ana Andrea Ángela Beatriz Blanca Carla Carmen Carolina
    Catalina Claudia Concepción Consuelo Cristina Daniela Elena Elisa Esperanza Eva
    Fernanda Gabriela Gloria Inés Irene Isabel Josefa Juana Julia Laura Leticia Lorena
    Lucía Luisa Manuela Margarita Marina María Marta Mercedes Miriam Mónica Natalia
    Nerea Noelia Nuria Patricia Paula Pilar Raquel Rocío Rosa Rosario Sandra Sara Silvia
    Sofía Sonia Susana Teresa Valentina Verónica Victoria Yolanda Ximena Montserrat
    Aitana Afonso Bruno Diogo Duarte Fábio Filipe Gonçalo Henrique João Leandro Marcelo
    Nuno Paulo Renato Rui Sérgio Tiago Vasco Vítor Hélder Joaquim Bruna Camila Catarina
    Cláudia Filipa Inês Joana Juliana Larissa Leonor Luana Mariana Matilde Patrícia
    Rafaela Rita Sílvia Sofia Tânia Vanessa Conceição Graça Fátima Lurdes Margarida
    """
) - {
    "Alba", "Blanca", "Carolina", "Esperanza", "Gloria", "Mercedes", "Victoria", "Rosa",
    "Rosario", "Santiago", "Salvador", "Rita", "Sofia", "Sofía", "Larissa",
    "Marina", "Margarita", "Diego", "Ángel", "Graça", "Consuelo", "Concepción", "Dolores",
}  # fmt: skip

PL_GIVEN_NAMES: frozenset[str] = _words(
    """
    Adam Andrzej Arkadiusz Artur Bartłomiej Bartosz Bogdan Bogusław Czesław Damian
    Daniel Dariusz Dawid Dominik Edward Eugeniusz Filip Grzegorz Henryk Hubert Igor
    Jacek Jakub Jan Janusz Jarosław Jerzy Józef Kacper Kamil Karol Kazimierz Konrad
    Krystian Krzysztof Leszek Łukasz Maciej Marcin Marek Mariusz Mateusz Michał
    Mieczysław Mirosław Patryk Paweł Piotr Przemysław Radosław Rafał Robert Roman
    Ryszard Sebastian Sławomir Stanisław Szymon Tadeusz Tomasz Waldemar Wiesław Witold
    Wojciech Zbigniew Zdzisław Zenon Zygmunt Agata Agnieszka Aleksandra Alicja Aneta
    Anna Barbara Beata Bożena Danuta Dominika Dorota Edyta Elżbieta Emilia Ewa Ewelina
    Grażyna Halina Hanna Helena Irena Iwona Izabela Jadwiga Janina Joanna Jolanta Julia
    Justyna Karolina Katarzyna Kinga Krystyna Lucyna Magdalena Małgorzata Marianna Marta
    Marzena Monika Natalia Oliwia Patrycja Paulina Renata Sylwia Teresa Urszula Wanda
    Weronika Wiesława Wiktoria Zofia Zuzanna Genowefa Stanisława Żaneta Bronisław
    Bronisława
    """
) - {"Roman"}

UA_RU_GIVEN_NAMES: frozenset[str] = _words(
    """
    Oleksandr Olexandr Andriy Andrii Serhiy Serhii Volodymyr Dmytro Mykola Vasyl Yuriy
    Yurii Oleh Taras Bohdan Viktor Petro Mykhailo Maksym Artem Denys Pavlo Vitaliy Ihor
    Anatoliy Yaroslav Stepan Ostap Nazar Yevhen Kostiantyn Vadym Valeriy Hryhoriy Illia
    Kyrylo Mykyta Danylo Matviy Tymofiy Oleksiy Ivan Anton Roman Ruslan Sergey Sergei
    Alexey Aleksei Dmitry Dmitriy Nikolai Vladimir Mikhail Yuri Andrey Aleksandr
    Konstantin Evgeny Yevgeny Pyotr Grigory Vyacheslav Stanislav Timur Kirill Nikita
    Oksana Olena Olha Tetiana Tetyana Nataliia Natalya Iryna Svitlana Yuliia Yulia
    Kateryna Mariia Anastasiia Viktoriia Halyna Liudmyla Larysa Nadiia Valentyna Tamara
    Daria Darya Sofiia Khrystyna Yana Alina Inna Lesia Zoriana Bohdana Solomiia Ruslana
    Anastasia Ekaterina Yekaterina Tatiana Tatyana Svetlana Natasha Galina Lyudmila
    Yelena Elena Irina Marina Olga Ksenia Kseniya Polina Valeriya Vera Nadezhda Lyubov
    """
) - {"Roman", "Marina", "Vera"}

EL_GIVEN_NAMES: frozenset[str] = _words(
    """
    Georgios Giorgos Dimitrios Dimitris Konstantinos Kostas Ioannis Giannis Nikolaos
    Nikos Panagiotis Christos Vasileios Vasilis Athanasios Thanasis Evangelos Michail
    Spyridon Spyros Theodoros Stavros Charalampos Babis Ilias Anastasios Emmanouil
    Apostolos Stelios Stylianos Petros Pavlos Antonios Sotiris Panos Alexandros Manolis
    Maria Eleni Aikaterini Katerina Vasiliki Sofia Angeliki Georgia Dimitra Konstantina
    Paraskevi Evangelia Ioanna Chrysoula Despoina Eirini Fotini Athina Panagiota
    Anastasia Theodora Kalliopi Stavroula Efstathia Chrysa Magdalini Ourania Zoi
    Christina Eftychia
    """
) - {"Sofia", "Georgia", "Athina"}

TR_GIVEN_NAMES: frozenset[str] = _words(
    """
    Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Ibrahim İsmail Ismail Osman Yusuf
    Murat Ömer Ramazan Halil Süleyman Abdullah Mahmut Recep Fatih Kadir Emre Hakan
    Serkan Burak Kemal Orhan Erkan Volkan Tolga Onur Cem Caner Barış Baris Uğur Ugur
    Oğuz Oguz Mert Kerem Yiğit Arda Emir Efe Eren Berk Selim Serdar Tuncay Levent Cengiz
    Erdem Gökhan Fatma Ayşe Ayse Emine Hatice Zeynep Elif Meryem Şerife Zehra Sultan
    Hanife Merve Özlem Ozlem Esra Büşra Busra Yasemin Hülya Derya Selin Ebru Gül Gülşen
    Aylin Ceren Cansu Dilek Ece Eda Tuğba Tugba Sibel Songül Nurcan Kübra Sevgi Melek
    Pınar Irmak Nazlı Defne Ela Asya Azra Ecrin Buse Gizem İrem Irem Seda Sena
    """
) - {"Ali", "Sultan", "Gül", "Ela", "Efe", "Eda", "Ece", "Sena", "Buse", "Berk", "Mert"}

AR_GIVEN_NAMES: frozenset[str] = _words(
    """
    Mohammed Mohamed Muhammad Mohammad Ahmed Ahmad Mahmoud Mahmud Mustafa Omar Umar Ali
    Hassan Hussein Husain Ibrahim Youssef Yousef Yusuf Khalid Khaled Abdullah Abdallah
    Abdul Abdelkader Abderrahmane Abdelaziz Karim Tarek Tariq Rashid Rachid Samir Sami
    Walid Nabil Jamal Adel Ayman Hamza Hamid Bilal Amir Anas Ayoub Idris Yahya Zakaria
    Othman Hicham Driss Mehdi Soufiane Ilyas Imran Ismail Nasser Faisal Fahad Majid
    Marwan Yasser Anwar Salim Farid Fadi Bassam Ziad Hadi Riad Mounir Mourad Nour
    Noureddine Fatima Fatma Aisha Aicha Khadija Maryam Mariam Zainab Zeinab Amina Layla
    Leila Laila Nadia Yasmin Yasmine Salma Sara Hana Hanan Huda Rania Samira Jamila
    Nawal Noura Malak Reem Rim Lamia Dounia Soukaina Hajar Houda Imane Asmae Meriem
    Siham Souad Wafa Karima Latifa Naima Rachida Habiba Farah Nisrine Ghada Dalia Lina
    Mona Amal Iman
    """
) - {"Ali", "Hana", "Rim", "Mona", "Wafa", "Amal", "Iman"}

IN_GIVEN_NAMES: frozenset[str] = _words(
    """
    Aarav Vihaan Aditya Arjun Rohan Rahul Amit Anil Sunil Vijay Ravi Sanjay Deepak
    Rajesh Suresh Ramesh Mahesh Manoj Ashok Vikram Arun Kiran Krishna Ganesh Prakash
    Naveen Nikhil Pranav Rakesh Sandeep Sachin Siddharth Varun Vivek Ajay Akash Alok
    Anand Ankit Arvind Gaurav Gopal Hari Karan Kunal Manish Mohan Mukesh Nitin Pankaj
    Rajiv Rohit Sameer Sanjeev Shyam Tarun Uday Vinod Vishal Abhishek Ashish Dinesh
    Harish Jatin Lokesh Nilesh Prateek Raghav Rajendra Satish Saurabh Shiv Sumit Yogesh
    Pooja Priya Neha Anjali Sunita Kavita Deepika Divya Shreya Ananya Aditi Nisha Ritu
    Meera Lakshmi Rekha Asha Geeta Gita Aishwarya Bhavna Chitra Gayatri Jyoti Kajal
    Madhu Mamta Manisha Nandini Pallavi Preeti Radha Sakshi Shalini Shweta Sneha Swati
    Tanvi Vandana Aarti Anita Archana Kavya Poonam Priyanka Rashmi Sapna Seema Shilpa
    Smita Sonia Sushma Usha Vidya Isha Riya Ishaan Ayaan Reyansh Sai Advik Kabir
    """
) - {"Sai", "Madhu", "Isha", "Riya"}

VI_GIVEN_NAMES: frozenset[str] = _words(
    """
    Anh Linh Minh Hương Trang Hoa Tuấn Nam Đức Thanh Phương Ngọc Hạnh Quang Khánh
    Thảo Trung Hiếu Thủy Nhung Tâm Bình Cường Hoàng Huy Kiệt Phúc Quỳnh Tiến Trinh Vinh
    Bảo Châu Diệp Giang Hiền Hoài Huyền Nga Nhi Oanh Tuyết Uyên Xuân Thắng Thành
    Toàn Dũng Hùng Hải Sơn Long Tú Thu Mai Khoa Duy Phong Hằng Thúy Yến Vân Loan Hà
    """
) - {"Dũng", "Hùng", "Hải", "Sơn", "Long", "Tú", "Thu", "Mai", "Hằng", "Yến", "Vân", "Loan", "Hà"}

ZH_GIVEN_NAMES: frozenset[str] = _words(
    """
    Wei Jing Ming Hui Yan Ying Jie Jian Xin Lin Tao Qiang Yong Chen Xiaoming Xiaoyu Mei
    Ling Juan Xia Yun Hua Chao Peng Ning Qing Rui Tian Wen Xue Zhen Zhi Zihan
    Yuxuan Haoran Zhiwei Jiahao Yiming Xinyi Yutong Jiayi Jianguo Guang Liang Xiaohong
    Xiaoli Xiaoyan Yanling Lihua Jianhua Jianjun Haiyan Guoqiang Zhihao Yifan Yuhan
    Zhiqiang Shuang Qian Jiang Hao Bo Jun Lei Min Ping Fang Gang Hong Long Dong Bin Yi
    Yu Na Li
    """
) - {"Hao", "Bo", "Jun", "Lei", "Min", "Ping", "Fang", "Gang", "Hong", "Long", "Dong",
     "Bin", "Yi", "Yu", "Na", "Li", "Jiang", "Chen", "Lin"}  # fmt: skip

# --- Surnames elsewhere ---------------------------------------------------------------

EN_SURNAMES: frozenset[str] = _words(
    """
    Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts
    Robinson Thompson Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke
    Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark Lee King Baker
    Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young
    Griffiths Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy
    Miller Cox Richards Khan Marshall Anderson Simpson Ellis Adams Singh Begum Wilkinson
    Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Campbell Matthews Owen
    Palmer Holmes Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins
    Murray Dixon Harvey Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews
    Stewart Elliott Reynolds Saunders Payne Fox Ford Pearce Day Brooks West Lawrence
    Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Rose Perry
    Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster
    Hunter Gregory Carr Lowe Page Marsh Riley Dunn Woods Parsons Berry Stone Reid
    Holland Hawkins Harding Porter Robertson Oliver Reed Kennedy Williamson Bird
    Gardner Shah Dean Lane Cooke Bates Henderson Burgess Bishop Walton Burns
    Nicholson Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton
    McDonald Yates Hodgson Robson Curtis Hopkins O'Connor Hale Doyle McCarthy Gallagher
    Brennan Fitzgerald Quinn Sullivan Kavanagh Nolan Flanagan Kearney Reilly
    Johnston Garcia Rodriguez Martinez Hernandez Lopez Gonzalez
    """
) - {
    "Baker", "Green", "White", "Wood", "Hill", "Young", "Bell", "Cook", "King", "Price",
    "Mason", "Hunt", "Ali", "Knight", "Fisher", "Fox", "Ford", "Day", "West", "Cole",
    "Ball", "Rose", "Grant", "Hart", "Page", "Marsh", "Dunn", "Woods", "Berry", "Stone",
    "Reed", "Bird", "Dean", "Lane", "Bishop", "Burns", "Cross", "Long", "Shepherd",
    "Hale", "Shah", "Gill", "Carr", "Porter", "Fletcher", "Gardner", "Butler", "Barker",
    "Marshall", "Hunter", "Newman", "Oliver", "James", "Thomas", "Francis", "Martin",
    "Wells", "Parsons", "Warren", "Sutton", "Holland", "Payne", "Perry",
}  # fmt: skip

DE_NL_SURNAMES: frozenset[str] = _words(
    """
    Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer
    Koch Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger
    Hofmann Hartmann Lange Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze
    Maier Köhler Herrmann König Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
    Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller Günther Frank Berger Winkler
    Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm Winter Kraus
    Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Seidel Heinrich Brandt
    Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch
    Bergmann Thomas Voigt Sauer Arnold Wolff Pfeiffer Ernst Lindner Hübner Kramer Franz
    Beyer Wolter Seifert Kaufmann Jansen Janssen Bakker Visser Smit Meijer Mulder Bos
    Vos Hendriks Dekker Brouwer Dijkstra Smits Kok Jacobs Vermeulen Schouten Willems
    Hoekstra Verhoeven Koster Prins Postma Kuipers Veenstra Huisman Peeters Maes Claes
    Goossens Wouters Mertens Timmermans Bosman Leeuwenburg Verbeek Gerritsen Bosch
    Jonker Kuiper Vink Wijnands Hermans Boer Vries Jong Dijk Graaf Groot Wit Haan
    Leeuwen Berg Meer Linden Broek Bruijn Heijden Vliet Veen Wal Beek Heuvel Hoek Sande
    Kamp Boom Velde Pol Ven Laan
    """
) - {
    "Wolf", "Frank", "Simon", "Martin", "Winter", "Stein", "Otto", "Sommer", "Engel",
    "Horn", "Busch", "Thomas", "Arnold", "Ernst", "Franz", "Kramer", "Bosch", "Kok",
    "Bos", "Vos", "Jung", "Lang", "Walter", "Graf", "Kaiser", "Berg", "Meer", "Wit",
    "Veen", "Wal", "Beek", "Hoek", "Kamp", "Boom", "Pol", "Ven", "Laan", "Vink", "Koch",
    "Sauer", "Roth", "Beck", "Klein", "Schwarz", "Braun", "Haas", "Jonker", "Boer",
    "Groot", "Dijk", "Kuhn", "Lange",
}  # fmt: skip

FR_IT_ES_PT_SURNAMES: frozenset[str] = _words(
    """
    Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent
    Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Girard André
    Lefèvre Mercier Dupont Lambert François Martinez Legrand Faure
    Rousseau Blanc Guérin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clément
    Gauthier Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gérard Nguyen Boyer
    Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël Meyer Lucas Meunier Jean Perez
    Marchand Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco
    Bruno Gallo Conti Costa Giordano Mancini Rizzo Lombardi Moretti Barbieri Fontana
    Santoro Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli
    Vitale Lombardo Serra Coppola Santis Marchetti Parisi Villa Conte Ferraro Ferri
    Fabbri Bianco Marini Grasso Valentini Messina Sala Gatti Pellegrini Palumbo Sanna
    Farina Rizzi Monti Cattaneo Morelli Amato Silvestri Mazza Testa Grassi
    Carbone Giuliani Benedetti Barone Rossetti Caputo Montanari Guerra Palmieri Bernardi
    Martino Fiore González Gonzalez Rodríguez Rodriguez Fernández Fernandez López
    Martínez Sánchez Pérez Gómez Gomez Martín Jiménez Jimenez Ruiz Hernández Díaz Diaz
    Moreno Muñoz Munoz Álvarez Alvarez Romero Alonso Gutiérrez Gutierrez Navarro Torres
    Domínguez Vázquez Vazquez Ramos Gil Ramírez Ramirez Blanco Molina Morales
    Suárez Suarez Ortega Delgado Castro Ortiz Rubio Marín Sanz Núñez Iglesias Medina
    Garrido Cortés Castillo Santos Lozano Guerrero Cano Prieto Méndez Cruz Calvo Gallego
    Vidal León Márquez Herrera Peña Flores Cabrera Campos Vega Fuentes Carrasco Diez
    Silva Ferreira Pereira Oliveira Rodrigues Martins Jesus Sousa Fernandes Gonçalves
    Gomes Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia
    Mendes Nunes Soares Vieira Monteiro Cardoso Rocha Neves Coelho Cunha Pires Reis
    Simões Antunes Matos Fonseca Machado Araújo Barbosa Tavares Lourenço
    """
) - {
    "Martin", "Thomas", "Robert", "Richard", "Petit", "Simon", "Laurent", "Michel",
    "David", "Vincent", "Bertrand", "François", "Henry", "Nicolas", "Mathieu", "Clément",
    "Denis", "Roger", "Lucas", "Jean", "Noël", "Roy", "Robin", "Joly", "Blanc", "Roche",
    "André", "Gérard", "Bruno", "Costa", "Leone", "Villa", "Conte", "Sala", "Testa",
    "Fiore", "Serra", "Gentile", "Vitale", "Grasso", "Bianco", "Guerra", "Amato",
    "Gil", "Blanco", "Castro", "Cano", "Cruz", "Vega", "Campos", "Flores", "Fuentes",
    "Vidal", "León", "Santos", "Silva", "Jesus", "Rocha", "Reis", "Pinto", "Ramos",
    "Neves", "Matos", "Monti", "Ferrari", "Messina", "Ferrara", "Marino", "Romano",
    "Galli", "Mazza", "Farina", "Carbone", "Barone", "Palumbo", "Martini", "Marín",
    "Martín", "Nguyen", "Gallo", "Longo", "Rubio", "Prieto", "Calvo", "Parisi",
    "Moreno", "Rossi",
}  # fmt: skip

PL_UA_RU_SURNAMES: frozenset[str] = _words(
    """
    Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański
    Woźniak Dąbrowski Kozłowski Jankowski Mazur Wojciechowski Kwiatkowski Krawczyk
    Kaczmarek Piotrowski Grabowski Zając Pawłowski Michalski Wieczorek Jabłoński Wróbel
    Nowakowski Majewski Olszewski Stępień Malinowski Jaworski Adamczyk Dudek Nowicki
    Pawlak Górski Witkowski Walczak Sikora Rutkowski Michalak Szewczyk Ostrowski
    Tomaszewski Pietrzak Zalewski Wróblewski Marciniak Jasiński Zawadzki Jakubowski
    Sadowski Duda Włodarczyk Chmielewski Borkowski Sokołowski Szczepański Sawicki Kubiak
    Maciejewski Kucharski Kalinowski Mazurek Wysocki Adamski Kaźmierczak Wasilewski
    Sobczak Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski
    Krajewski Gajewski Szulc Szymczak Baranowski Laskowski Brzeziński Makowski
    Ziółkowski Przybylski Domański Nowacki Borowski Błaszczyk Chojnacki Ciesielski
    Szczepaniak Wesołowski Górecki Kaczmarczyk Leszczyński Lipiński Kowalewski Urbański
    Kozak Mikołajczyk Czarnecki Kowalska Nowakowska Wiśniewska Lewandowska Kamińska
    Zielińska Melnyk Shevchenko Boyko Kovalenko Bondarenko Tkachenko Kovalchuk
    Kravchenko Oliynyk Shevchuk Koval Polishchuk Bondar Tkachuk Marchenko Lysenko
    Rudenko Savchenko Petrenko Klymenko Pavlenko Kravchuk Kuzmenko Ponomarenko Savchuk
    Vasylenko Levchenko Kharchenko Karpenko Sydorenko Melnychuk Yurchenko Ivanenko
    Lytvynenko Romanenko Moroz Hrytsenko Zinchenko Kushnir Holub Prykhodko Ivanov Petrov
    Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Pavlov
    Semenov Golubev Vinogradov Bogdanov Vorobyov Fedorov Mikhailov Belov Tarasov Orlov
    Kiselev Makarov Andreev Kovalev Ilyin Gusev Titov Kuzmin Baranov Kulikov Alekseev
    Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Medvedev Nikitin
    Sobolev Polyakov Danilov Zhukov Frolov Nikolaev Krylov Maksimov Osipov Egorov
    Matveev Dmitriev Kalinin Antonov Timofeev Filippov Markov Mironov Aleksandrov
    Konovalov Kazakov Denisov Gromov Fomin Davydov Melnikov Karpov Vlasov Maslov
    Tikhonov Gavrilov Ivanova Petrova Smirnova Kuznetsova Popova Sokolova Volkova
    Novikova Morozova
    """
) - {"Kozak", "Duda", "Mazur", "Sikora", "Koval", "Holub", "Moroz", "Bondar", "Markov"}

EL_TR_AR_SURNAMES: frozenset[str] = _words(
    """
    Papadopoulos Papadopoulou Papadakis Georgiou Dimitriou Nikolaou Konstantinou Ioannou
    Vasileiou Karagiannis Oikonomou Christodoulou Pappas Makris Antoniou Alexiou
    Athanasiou Panagiotou Papageorgiou Economou Stavrou Theodorou Kostopoulos Yılmaz
    Yilmaz Kaya Demir Şahin Sahin Çelik Celik Yıldız Yildiz Yıldırım Yildirim Öztürk
    Ozturk Aydın Aydin Özdemir Ozdemir Arslan Doğan Dogan Kılıç Kilic Aslan Çetin Cetin
    Kara Koç Koc Kurt Özkan Ozkan Şimşek Simsek Polat Erdoğan Erdogan Korkmaz Güneş
    Gunes Aksoy Keskin Çakır Cakir Bulut Ünal Unal Acar Tekin Yavuz Kaplan Hassan
    Hussein Ibrahim Abdallah Abdullah Mahmoud Mansour Haddad Khoury Nasser Saleh Khalil
    Farah Hamdan Aziz Rahman Rahmani Karimi Hosseini Ahmadi Mohammadi Benali Benmoussa
    Bouzid Amrani Alaoui Idrissi Tazi Chahid Mansouri Saidi Hamidi Belkacem Bakr Darwish
    Habib Jaber Kassem Masri Nassar Qureshi Siddiqui Sheikh Malik Chaudhry
    """
) - {"Kara", "Kurt", "Farah", "Habib", "Malik", "Sheikh", "Aziz", "Aslan", "Acar"}

IN_VI_ZH_SURNAMES: frozenset[str] = _words(
    """
    Sharma Verma Gupta Kumar Singh Patel Shah Mehta Joshi Desai Reddy Rao Nair Menon
    Iyer Pillai Chopra Malhotra Kapoor Khanna Agarwal Aggarwal Bansal Chatterjee
    Banerjee Mukherjee Das Bose Ghosh Sen Dutta Chowdhury Mishra Pandey Tiwari Yadav
    Jain Saxena Srivastava Bhatt Naidu Kulkarni Deshpande Patil Pawar Thakur Chauhan
    Nguyen Nguyễn Trần Tran Phạm Pham Hoàng Hoang Huỳnh Huynh Phan Bùi
    Bui Ngô Ngo Dương Duong Trương Truong Đinh Dinh Lưu Luu Đoàn Doan Trịnh
    Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Zhu Guo Lin Gao Luo Zheng Liang Xie Tang
    Han Feng Deng Cao Peng Zeng Xiao Tian Dong Jiang Cheng Wei Ding Shen Yao
    Cui Zhong Qin Qiu Hou Xiong Meng Duan Lei Jia Liao Zou Xia Wong Chan Leung Cheung
    Lam Ho Ng Lau Kwok Tsang Yeung
    """
) - {
    "Das", "Sen", "Jain", "Patel", "Shah", "Singh", "Rao", "Xu", "Ho", "Ng", "Lam",
    "Han", "Tang", "Dong", "Lei", "Chan", "Lau", "Duan", "Wei", "Ding", "Bose",
}  # fmt: skip

# --- Names that are also everyday words, brands or towns -----------------------------
# A name only right after a cue that introduces a person ("I'm Rosa", "sunt Marina").
AMBIGUOUS_NAMES: frozenset[str] = _words(
    """
    Florence Milan Ben Rosa Marina Carolina Gloria Alba Sofia Otto Stella Zara Candy
    Heidi Romeo Chanel Tiffany Massimo Valentino Paco Tommy Calvin Ralph Frank Max Rita
    Regina Serena Beatrice Franco Enzo Charlotte Madison Georgia Brooke Logan Mercedes
    Victoria Rosario Esperanza Blanca Margarita Consuelo Clara Patrice Noël Luc Marc
    Serge Kim Rob Dora Bella Violeta Margareta Speranța Floare Floor Cezar Constanța
    Floarea Bujor Chelsea Mario Giorgio Jasmin Madeleine Jesús Julio
    """
)


_NO_MARKS = str.maketrans(
    {"ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ı": "i"}
)
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def without_marks(word: str) -> str:
    """``word`` without diacritics ("Tănase" -> "Tanase", "Łukasz" -> "Lukasz")."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_NO_MARKS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def typed_variants(names: Iterable[str]) -> frozenset[str]:
    """Every name with the forms people type: without diacritics ("Tanase"), with the
    old cedilla letters ("Ştefan"), with umlauts spelled out ("Mueller")."""
    forms: set[str] = set()
    for name in names:
        forms |= {name, without_marks(name), name.translate(_CEDILLA)}
        if name.translate(_UMLAUTS) != name:
            forms.add(name.translate(_UMLAUTS))
    return frozenset(forms)
