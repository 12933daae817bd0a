/*
 * cmd: the entry points of the commands, one family per file:
 * cmd_info.c (list, check, help), cmd_play.c (menu, now, stretch, relax,
 * breathe), cmd_history.c (drink, log, stats, export, import),
 * cmd_daemon.c (daemon), cmd_report.c (report, export --fhir),
 * cmd_status.c (status).
 */
#ifndef UNCLENCH_CMD_H
#define UNCLENCH_CMD_H

int	 cmd_menu(int, char **);
int	 cmd_now(int, char **);
int	 cmd_stretch(int, char **);
int	 cmd_relax(int, char **);
int	 cmd_breathe(int, char **);
int	 cmd_list(int, char **);
int	 cmd_check(int, char **);
int	 cmd_help(int, char **);
int	 cmd_drink(int, char **);
int	 cmd_log(int, char **);
int	 cmd_stats(int, char **);
/* The hidden `stats --screen`: the history screen alone (cmd_play.c). */
int	 cmd_stats_screen(void);
int	 cmd_export(int, char **);
int	 cmd_import(int, char **);
int	 cmd_report(int, char **);
/* `export --fhir`: cmd_export hands it the whole argv (cmd_report.c). */
int	 cmd_export_fhir(int, char **);
int	 cmd_daemon(int, char **);
int	 cmd_status(int, char **);

#endif
