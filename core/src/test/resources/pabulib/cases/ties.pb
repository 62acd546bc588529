META
key;value
description;Greedy ties: three projects with 3 votes each. The two of equal cost go first (lower cost before the dearer A) and of those the earlier on the ballot (B before C). Only one of them fits. Hand-made and hand-checked (Consulta).
num_projects;4
num_votes;3
budget;70
vote_type;approval
expected_greedy;B,D
expected_knapsack;B,D
PROJECTS
project_id;cost;name
A;50;Dearer of the tied
B;40;Cheaper tied, earlier
C;40;Cheaper tied, later
D;30;One vote
VOTES
voter_id;vote
1;A,B,C
2;A,B,C
3;A,B,C,D
