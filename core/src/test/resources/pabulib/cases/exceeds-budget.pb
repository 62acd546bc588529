META
key;value
description;A project costing more than the whole budget: Big has every vote but costs 150 of 100, so it is never funded and the rest is counted as if it were not there. Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;100
vote_type;approval
expected_greedy;Mid,Small
expected_knapsack;Mid,Small
expected_equalshares;Mid,Small
expected_equalshares/add1;Mid,Small
expected_equalshares/add1-comparison;Mid,Small
PROJECTS
project_id;cost;name
Big;150;Over the budget
Mid;60;Two votes
Small;30;One vote
VOTES
voter_id;vote
1;Big,Small
2;Big,Mid
3;Big,Mid
