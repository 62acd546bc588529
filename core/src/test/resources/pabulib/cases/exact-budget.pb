META
key;value
description;A budget exhausted exactly to the cent by greedy and knapsack (600.25 + 400.25 = 1000.50). Equal Shares cannot pay for B and funds the 0.01 project instead. The comparison step then chooses greedy (one voter prefers it and none Equal Shares). Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;1000.50
vote_type;approval
expected_greedy;A,B
expected_knapsack;A,B
expected_equalshares;A,C
expected_equalshares/add1;A,C
expected_equalshares/add1-comparison;A,B
PROJECTS
project_id;cost;name
A;600.25;Three votes
B;400.25;Two votes
C;0.01;One vote
VOTES
voter_id;vote
1;A,B,C
2;A,B
3;A
