META
key;value
description;Budżet obywatelski Ursynów 2024 (przykład)
country;Poland
unit;Warszawa
subunit;Ursynów
instance;2024
num_projects;5
num_votes;10
budget;1000000
vote_type;approval
rule;greedy
date_begin;15.06.2023
date_end;30.06.2023
min_length;1
max_length;3
currency;PLN
comment;"Fikcyjne dane; do testów ""Consulty"""
PROJECTS
project_id;cost;votes;name;category;target;selected
1;400000;7;"Zielone podwórko; ławki i drzewa";zieleń,rekreacja;seniorzy,rodziny z dziećmi;1
2;350000;6;"Plac zabaw ""Żyrafa""";rekreacja;rodziny z dziećmi;1
3;300000;5;Łąka kwietna przy szkole;zieleń;dzieci;0
4;250000;4;Świetlica dla seniorów;kultura;seniorzy;1
5;500000;3;Skatepark;sport;młodzież;0
VOTES
voter_id;vote;age;sex;voting_method
1;1,2,3;34;F;internet
2;1,2,4;67;M;paper
3;1,3,5;19;M;internet
4;1,2,3;41;F;internet
5;1,2,4;72;F;paper
6;1,3;29;F;internet
7;1,2,4;55;M;internet
8;2,3;38;M;internet
9;4,5;16;F;internet
10;5;;M;paper
