-- OPC 40001 MachineryItemState as a tag role: with the operation mode it gives the equipment's state.

alter table tag drop constraint tag_role_check;
alter table tag add constraint tag_role_check
    check (role in ('STATE', 'MACHINERY_ITEM_STATE', 'OPERATION_MODE', 'PART_COUNTER', 'GOOD_COUNTER',
                    'SCRAP_COUNTER', 'FAULT_CODE', 'CYCLE_TIME', 'ANDON', 'PROCESS_VALUE'));

alter table tag_template drop constraint tag_template_role_check;
alter table tag_template add constraint tag_template_role_check
    check (role in ('STATE', 'MACHINERY_ITEM_STATE', 'OPERATION_MODE', 'PART_COUNTER', 'GOOD_COUNTER',
                    'SCRAP_COUNTER', 'FAULT_CODE', 'CYCLE_TIME', 'ANDON', 'PROCESS_VALUE'));
