META
key;value
description;Głosowanie kumulatywne, Gdańsk (przykład)
country;Poland
unit;Gdańsk
instance;2021
num_projects;3
num_votes;4
budget;100000.50
vote_type;cumulative
rule;greedy
min_sum_points;1
max_sum_points;10
max_points;5
PROJECTS
project_id;cost;name
A;60000;Ogród społeczny
B;45000.50;Ławki nad Motławą
C;30000;Rowery miejskie
VOTES
voter_id;vote;points
v1;A,B;5,5
v2;C,A;3,2
v3;B;4
v4;C,B,A;1,1,1
