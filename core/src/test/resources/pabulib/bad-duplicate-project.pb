META
key;value
description;Bad
num_projects;2
num_votes;2
budget;1000
vote_type;approval
PROJECTS
project_id;cost;name
1;600;One
2;400;Two
1;100;One again
VOTES
voter_id;vote
a;1,2
b;2
