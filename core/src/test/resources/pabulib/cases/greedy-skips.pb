META
key;value
description;Greedy skips B, which no longer fits after A, and funds the cheaper C that comes after it, spending the budget exactly. Equal Shares funds A only, and Add1 stops before B would overspend. The comparison step chooses greedy. Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;100
vote_type;approval
expected_greedy;A,C
expected_knapsack;A,C
expected_equalshares;A
expected_equalshares/add1;A
expected_equalshares/add1-comparison;A,C
PROJECTS
project_id;cost;name
A;70;Three votes
B;50;Two votes
C;30;One vote
VOTES
voter_id;vote
1;A,B,C
2;A,B
3;A
