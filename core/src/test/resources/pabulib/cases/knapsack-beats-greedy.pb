META
key;value
description;Knapsack beats greedy: greedy funds A (3 votes) and nothing else fits. B and C together have 4 votes and cost exactly the budget. Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;100
vote_type;approval
expected_greedy;A
expected_knapsack;B,C
expected_equalshares;A
expected_equalshares/add1;A
expected_equalshares/add1-comparison;A
PROJECTS
project_id;cost;name
A;60;Three votes
B;50;Two votes
C;50;Two votes
VOTES
voter_id;vote
1;A,B,C
2;A,B,C
3;A
