<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_MX" sourcelanguage="en">
    <context>
        <name>Application</name>
        <message>
            <location filename="../bescapp/app.py" line="81" />
            <source>Cannot open database</source>
            <translation>No se puede abrir la base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="90" />
            <source>Database updated; the previous version was saved as %1</source>
            <translation>Base de datos actualizada; la versión anterior se guardó como %1</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="97" />
            <source>Database not created</source>
            <translation>Base de datos no creada</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="98" />
            <source>%1 is the database open now; choose another name.</source>
            <translation>%1 es la base de datos abierta ahora; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="108" />
            <source>The earlier file was moved to %1</source>
            <translation>El archivo anterior se movió a %1</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="123" />
            <source>Empty database</source>
            <translation>Base de datos vacía</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="124" />
            <source>This database holds no meetings yet.

Load the demo plenary (the 12th Plenary Meeting, Mexico City) to explore bescapp?</source>
            <translation>Esta base de datos aún no contiene reuniones.

¿Cargar la plenaria de demostración (XII Reunión Plenaria, Ciudad de México) para conocer bescapp?</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="143" />
            <source>Backup not written</source>
            <translation>No se escribió la copia de seguridad</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="144" />
            <source>Could not write %1: %2</source>
            <translation>No se pudo escribir %1: %2</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="147" />
            <source>Backup written to %1</source>
            <translation>Copia de seguridad escrita en %1</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../bescapp/app.py" line="28" />
            <source>%1 is not a bescapp database.</source>
            <translation>%1 no es una base de datos de bescapp.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="30" />
            <source>%1 is damaged: it failed its integrity check.</source>
            <translation>%1 está dañado: no pasó la verificación de integridad.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="32" />
            <source>%1 was written by a newer version of bescapp. Update bescapp to open it.</source>
            <translation>%1 fue escrito por una versión más reciente de bescapp. Actualice bescapp para abrirlo.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="34" />
            <source>%1 is a database of another program, not bescapp.</source>
            <translation>%1 es una base de datos de otro programa, no de bescapp.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="36" />
            <source>%1 cannot be read.</source>
            <translation>No se puede leer %1.</translation>
        </message>
        <message>
            <location filename="../bescapp/app.py" line="39" />
            <source>The file has not been changed.</source>
            <translation>El archivo no se ha modificado.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../bescapp/ui/labels.py" line="14" />
            <source>Plenary</source>
            <translation>Plenaria</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="15" />
            <source>Working group</source>
            <translation>Grupo de trabajo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="17" />
            <source>Arabic (1, 2, 3)</source>
            <translation>Arábiga (1, 2, 3)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="18" />
            <source>Roman (I, II, III)</source>
            <translation>Romana (I, II, III)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="20" />
            <source>United States</source>
            <translation>Estados Unidos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="21" />
            <source>Mexico</source>
            <translation>México</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="23" />
            <source>Session</source>
            <translation>Sesión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="24" />
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="25" />
            <source>Break</source>
            <translation>Receso</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="26" />
            <source>Meal</source>
            <translation>Comida</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="27" />
            <source>Signing</source>
            <translation>Firma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="28" />
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="30" />
            <source>Head of delegation</source>
            <translation>Jefe de delegación</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="31" />
            <source>Co-chair</source>
            <translation>Copresidente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="32" />
            <source>Member</source>
            <translation>Miembro</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="33" />
            <source>Advisor</source>
            <translation>Asesor</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="34" />
            <source>Support staff</source>
            <translation>Personal de apoyo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="36" />
            <source>Invited</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="37" />
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="38" />
            <source>Tentative</source>
            <translation>Por confirmar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="39" />
            <source>Declined</source>
            <translation>Declinó</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="41" />
            <source>Not started</source>
            <translation>Sin iniciar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="42" />
            <source>On track</source>
            <translation>En curso</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="43" />
            <source>At risk</source>
            <translation>En riesgo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="44" />
            <source>Delayed</source>
            <translation>Retrasado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="45" />
            <source>Completed</source>
            <translation>Concluido</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="46" />
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="48" />
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="49" />
            <source>Bracketed</source>
            <translation>Entre corchetes</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="50" />
            <source>Ad referendum</source>
            <translation>Ad referéndum</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/labels.py" line="51" />
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="51" />
            <location filename="../bescapp/ui/main_window.py" line="151" />
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="52" />
            <source>The plenary agenda: sessions, items and sub-items with times, leads and internal talking points.</source>
            <translation>El orden del día de la plenaria: sesiones, puntos y subpuntos con horarios, responsables y puntos de conversación internos.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="54" />
            <location filename="../bescapp/ui/main_window.py" line="151" />
            <source>Delegations</source>
            <translation>Delegaciones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="55" />
            <source>Both delegation lists in protocol order, and the import of the counterpart's list.</source>
            <translation>Las listas de ambas delegaciones en orden protocolario, y la importación de la lista de la contraparte.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="57" />
            <location filename="../bescapp/ui/main_window.py" line="152" />
            <source>Action plans</source>
            <translation>Planes de acción</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="58" />
            <source>The Strategy's action plans and their lines of action, with status history.</source>
            <translation>Los planes de acción de la Estrategia y sus líneas de acción, con su historial de avance.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="59" />
            <location filename="../bescapp/ui/main_window.py" line="152" />
            <source>Communiqué</source>
            <translation>Comunicado</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="60" />
            <source>The joint communiqué, drafted side by side in English and Spanish.</source>
            <translation>El comunicado conjunto, redactado en paralelo en inglés y español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="61" />
            <location filename="../bescapp/ui/main_window.py" line="152" />
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="62" />
            <source>Briefing books, agendas, delegation lists, status reports and communiqués as Word documents.</source>
            <translation>Carpetas informativas, órdenes del día, listas de delegaciones, informes de avance y comunicados como documentos de Word.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="151" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="156" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="157" />
            <source>&amp;New database…</source>
            <translation>&amp;Nueva base de datos…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="158" />
            <source>&amp;Open database…</source>
            <translation>&amp;Abrir base de datos…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="159" />
            <source>Open &amp;recent</source>
            <translation>Abrir &amp;reciente</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="160" />
            <source>&amp;Back up database…</source>
            <translation>&amp;Copia de seguridad…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="161" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="162" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="163" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="164" />
            <source>&amp;Language</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="165" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="166" />
            <source>&amp;About bescapp</source>
            <translation>&amp;Acerca de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="206" />
            <source>No current meeting</source>
            <translation>Sin reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="211" />
            <source>bescapp databases (*.db *.sqlite);;All files (*)</source>
            <translation>Bases de datos de bescapp (*.db *.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="214" />
            <source>New database</source>
            <translation>Nueva base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="219" />
            <source>Open database</source>
            <translation>Abrir base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="226" />
            <source>Back up database</source>
            <translation>Copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="232" />
            <source>About bescapp</source>
            <translation>Acerca de bescapp</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/main_window.py" line="233" />
            <source>bescapp %1

Prepares the plenary meetings of a bilateral executive steering committee: agenda, delegations, action plans, briefing books and joint communiqués, offline.</source>
            <translation>bescapp %1

Prepara las reuniones plenarias de un comité ejecutivo bilateral: orden del día, delegaciones, planes de acción, carpetas informativas y comunicados conjuntos, sin conexión.</translation>
        </message>
    </context>
    <context>
        <name>MeetingCommands</name>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="17" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="37" />
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/commands.py" line="51" />
            <source>Delete meeting</source>
            <translation>Eliminar reunión</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="91" />
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="91" />
            <source>Edit meeting</source>
            <translation>Editar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="92" />
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="92" />
            <source>&amp;Number:</source>
            <translation>&amp;Número:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="92" />
            <source>&amp;Starts on:</source>
            <translation>&amp;Inicia el:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="93" />
            <source>&amp;Ends on:</source>
            <translation>&amp;Termina el:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="93" />
            <source>Day &amp;hours (start, end):</source>
            <translation>&amp;Horario del día (inicio, fin):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="94" />
            <source>&amp;City (English, Spanish):</source>
            <translation>&amp;Ciudad (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="94" />
            <source>&amp;Venue (English, Spanish):</source>
            <translation>&amp;Sede (inglés, español):</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="95" />
            <source>&amp;Host:</source>
            <translation>&amp;Anfitrión:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="95" />
            <source>Handling &amp;marking:</source>
            <translation>&amp;Marca de manejo:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="96" />
            <source>Session &amp;numbering:</source>
            <translation>&amp;Numeración de sesiones:</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="100" />
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="102" />
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="140" />
            <source>The meeting number must be 1 or more.</source>
            <translation>El número de la reunión debe ser 1 o mayor.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="141" />
            <source>The meeting cannot end before it starts.</source>
            <translation>La reunión no puede terminar antes de empezar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="142" />
            <source>The day must end after it starts.</source>
            <translation>La jornada debe terminar después de empezar.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="143" />
            <source>Give the city in English or Spanish.</source>
            <translation>Indique la ciudad en inglés o en español.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/dialog.py" line="145" />
            <source>There is already a meeting of this kind with this number.</source>
            <translation>Ya existe una reunión de este tipo con este número.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsModel</name>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="80" />
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="80" />
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="80" />
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="80" />
            <source>Venue</source>
            <translation>Sede</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/model.py" line="81" />
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWorkspace</name>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="72" />
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="73" />
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva reunión…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="74" />
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="75" />
            <source>&amp;Delete</source>
            <translation>E&amp;liminar</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="76" />
            <source>&amp;Open as current meeting</source>
            <translation>&amp;Abrir como reunión actual</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="77" />
            <source>Create a meeting (Ctrl+Shift+N)</source>
            <translation>Crear una reunión (Ctrl+Mayús+N)</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="163" />
            <source>Delete meeting</source>
            <translation>Eliminar reunión</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="164" />
            <source>Delete the %1 with its agenda, delegations and communiqué?
You can undo this with Edit ▸ Undo.</source>
            <translation>¿Eliminar la %1 con su orden del día, delegaciones y comunicado?
Puede deshacerlo con Edición ▸ Deshacer.</translation>
        </message>
        <message>
            <location filename="../bescapp/ui/meetings/view.py" line="184" />
            <source>Meeting not saved</source>
            <translation>Reunión no guardada</translation>
        </message>
    </context>
</TS>