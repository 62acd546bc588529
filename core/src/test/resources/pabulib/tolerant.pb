META
key;value
description;Tolerant
budget;1500,75
vote_type;approval

PROJECTS
name;project_id;categories;cost
 Park ; 1 ;a, b; 1000,5 
Droga;2;;700
VOTES
age;vote;voter_id
30; 1 , 2 ;x
;;y
