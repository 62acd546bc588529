META
key;value
description;Ordinal ballots scored by Borda as Consulta defines it: a ballot of length L gives L points to its first project, L-1 to the next, down to 1. Greedy funds A (5 points), skips B (3), which no longer fits, and funds C (2). Equal Shares does not count ordinal ballots. Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;100
vote_type;ordinal
min_length;1
max_length;3
expected_greedy;A,C
expected_knapsack;A,C
PROJECTS
project_id;cost;name
A;60;Five Borda points
B;50;Three Borda points
C;40;Two Borda points
VOTES
voter_id;vote
1;A,B,C
2;A,C
3;B
