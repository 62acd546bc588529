META
key;value
description;A budget exhausted exactly by Equal Shares when the cost does not divide evenly: three voters pay a third of 100 each (33.33...) and nothing is left for Q. Hand-made and hand-checked (Consulta).
num_projects;2
num_votes;3
budget;100
vote_type;approval
expected_greedy;P
expected_knapsack;P
expected_equalshares;P
expected_equalshares/add1;P
expected_equalshares/add1-comparison;P
PROJECTS
project_id;cost;name
P;100;Three votes
Q;10;One vote
VOTES
voter_id;vote
1;P
2;P
3;P,Q
