META
key;value
description;D21 plus/minus ballots (Consulta's vote_type plusminus extension): each voter gives 2 plus votes and 1 minus vote. D has a net score of -2 and A has +1. D is not funded although its 10 would fit the money left. Equal Shares does not count plus/minus ballots. Hand-made and hand-checked (Consulta).
num_projects;4
num_votes;3
budget;100
vote_type;plusminus
max_plus;2
max_minus;1
plus_before_minus;2
expected_greedy;C,B,A
expected_knapsack;A,B,C
PROJECTS
project_id;cost;name
A;40;Net +1
B;30;Net +2
C;20;Net +2
D;10;Net -2
VOTES
voter_id;vote;points
1;A,B,D;1,1,-1
2;A,C,D;1,1,-1
3;B,C,A;1,1,-1
