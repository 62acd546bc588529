META
key;value
description;A proportional minority: 3 voters want the red projects and 2 the blue ones (a small 51/49 example). Greedy and knapsack fund three red projects. Equal Shares funds one red and one blue, and Add1 adds a second red. The comparison step goes back to greedy (3 voters prefer it and 2 do not). Hand-made and hand-checked (Consulta).
num_projects;5
num_votes;5
budget;300
vote_type;approval
expected_greedy;R1,R2,R3
expected_knapsack;R1,R2,R3
expected_equalshares;R1,B1
expected_equalshares/add1;R1,R2,B1
expected_equalshares/add1-comparison;R1,R2,R3
PROJECTS
project_id;cost;name
R1;100;Red 1
R2;100;Red 2
R3;100;Red 3
B1;100;Blue 1
B2;100;Blue 2
VOTES
voter_id;vote
1;R1,R2,R3
2;R1,R2,R3
3;R1,R2,R3
4;B1,B2
5;B1,B2
