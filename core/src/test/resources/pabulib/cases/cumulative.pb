META
key;value
description;Cumulative ballots (up to 10 points). Greedy and knapsack fund A and B by points. Equal Shares funds C first (its one supporter can pay for it alone, 30/7 a point), then B, paid in proportion to points (13.33 and 26.67). Then too little is left for A. The comparison step chooses greedy by points (2 voters against 1). Hand-made and hand-checked (Consulta).
num_projects;3
num_votes;3
budget;90
vote_type;cumulative
min_sum_points;1
max_sum_points;10
expected_greedy;B,A
expected_knapsack;A,B
expected_equalshares;C,B
expected_equalshares/add1;C,B
expected_equalshares/add1-comparison;A,B
PROJECTS
project_id;cost;name
A;40;Eight points
B;40;Nine points
C;30;Seven points
VOTES
voter_id;vote;points
1;A,B;6,3
2;B,A;6,2
3;C;7
